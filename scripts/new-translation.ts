/**
 * Starts a translation: copies the original of a page into the new language's folder, with the front
 * matter a translation needs and a note saying what to translate. Until the note is gone and the text
 * is translated, the page counts as "not translated yet" and readers get a fallback; its version is
 * empty until `npm run translations -- --stamp <lang>/<slug>` writes it.
 *
 *   npm run new-translation -- fr prep
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse, stringify } from 'yaml';
import { isLang, languages, langs } from '../src/i18n/languages.ts';
import { frontmatterOf } from '../src/lib/content-checks.ts';
import { loadPages } from '../src/lib/content-files.ts';
import { scaffoldNote } from '../src/lib/translation.ts';

const [lang, slug] = process.argv.slice(2);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (!lang || !slug)
	fail('Usage: npm run new-translation -- <lang> <slug>, for example: npm run new-translation -- fr prep');
if (!isLang(lang)) {
	fail(
		`Unknown language "${lang}". Languages are: ${langs.join(', ')}. To add a language: npm run add-language -- <code> "<name>" (docs/adding-a-language.md).`,
	);
}

const pages = loadPages();
const page = pages.find((p) => p.slug === slug);
if (!page)
	fail(
		`There is no page "${slug}". Pages are: ${pages
			.map((p) => p.slug)
			.sort()
			.join(', ')}.`,
	);
const { original } = page;
if (original.data.translation)
	fail(`The page "${slug}" has no original (every file of it has a "translation:" block).`);
const target = original.path.replace(`/${original.lang}/${slug}.mdx`, `/${lang}/${slug}.mdx`);
if (existsSync(target))
	fail(
		`${target} exists already. To mark it up to date after editing: npm run translations -- --stamp ${lang}/${slug}`,
	);

// Everything but the original's own place in lists; then what this file translates. The version stays
// empty (outdated) until a stamp says the translation follows the original.
const {
	order: _order,
	translation: _translation,
	...data
} = parse(frontmatterOf(original.raw)?.yaml ?? '') as Record<string, unknown>;
const front = stringify({ ...data, translation: { from: original.lang, version: '' } }, { lineWidth: 0 });
const note = scaffoldNote(languages[original.lang].name, languages[lang].name);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `---\n${front}---\n\n${note}\n\n${original.body.replace(/^\s+/, '')}`);
console.log(`Created ${target} from ${original.path}.`);
console.log(
	'Translate it and delete the note at its top, preview with `npm start`, then ask for a stamp (or run ' +
		`npm run translations -- --stamp ${lang}/${slug}). Until then it counts as "not translated yet".`,
);
