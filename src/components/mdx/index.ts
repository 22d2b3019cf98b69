import Callout from './Callout.astro';
import Fig from './Fig.astro';
import GetHelp from './GetHelp.astro';
import Phrase from './Phrase.astro';
import PressContact from './PressContact.astro';
import PressKit from './PressKit.astro';
import Tel from './Tel.astro';
import Term from './Term.astro';

/** The components every MDX page may use without importing them (CONTRIBUTING.md lists them). */
export const mdxComponents = { Callout, Fig, GetHelp, Phrase, PressContact, PressKit, Tel, Term };
