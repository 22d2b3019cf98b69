/**
 * Starts a translation: copies the original of a page into the new language's folder, with the front
 * matter a translation needs, ready to translate.
 *
 *   npm run new-translation -- fr prep
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import { isLang, languages, langs } from '../src/i18n/languages.ts';
import { originalOf, readContent } from './lib/content.ts';

const [lang, slug] = process.argv.slice(2);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (!lang || !slug)
	fail('Usage: npm run new-translation -- <lang> <slug>, for example: npm run new-translation -- fr prep');
if (!isLang(lang)) {
	fail(
		`Unknown language "${lang}". Languages are: ${langs.join(', ')}. To add a language, see CONTRIBUTING.md ("Adding a language").`,
	);
}

const files = readContent();
let original;
try {
	original = originalOf(files, slug);
} catch (error) {
	fail((error as Error).message);
}
const target = original.path.replace(`/${original.lang}/${slug}.mdx`, `/${lang}/${slug}.mdx`);
if (existsSync(target))
	fail(
		`${target} exists already. To mark it up to date after editing: npm run translations -- --stamp ${lang}/${slug}`,
	);

// Everything but the original's own place in lists; then what this file translates, and which version.
const { order: _order, translation: _translation, ...data } = original.data;
const front = stringify(
	{ ...data, translation: { from: original.lang, version: original.fingerprint } },
	{ lineWidth: 0 },
).replace(/version: (\S+)/, 'version: "$1"');
const note =
	`{/* Translate this page from ${languages[original.lang].name} into ${languages[lang].name}: the front matter values ` +
	`(title, description, summary, source titles stay as they are) and the text below. Keep the components and links. ` +
	`Delete this line when done. */}\n\n`;
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `---\n${front}---\n\n${note}${original.body.replace(/^\s+/, '')}`);
console.log(`Created ${target} from ${original.path}.`);
console.log(
	'Translate it, preview with `npm start`, and commit. Its status is "up to date" with the original it copies.',
);
