import Callout from './Callout.astro';
import Fig from './Fig.astro';
import GetHelp from './GetHelp.astro';
import Phrase from './Phrase.astro';
import PressContact from './PressContact.astro';
import PressKit from './PressKit.astro';
import Tel from './Tel.astro';
import Term from './Term.astro';

/** The components every MDX page may use without importing them (CONTRIBUTING.md lists them). */
// ESLint's type service does not read .astro files (astro check does): their imports look untyped to it.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
export const mdxComponents = { Callout, Fig, GetHelp, Phrase, PressContact, PressKit, Tel, Term };
