/**
 * Adds a language to the site: one line in the language list (src/i18n/languages.ts) and its UI
 * strings file (src/i18n/ui/<code>.ts), copied from the language its readers fall back to and marked
 * as an untranslated copy. From then on every page exists in the new language, as the fallback text
 * under a notice (kept out of search engines, hreflang and the search index) until it is translated.
 *
 *   npm run add-language -- es Español
 *   npm run add-language -- vi "Tiếng Việt" --fallback fr,en
 *
 * Options (each has a default read from the code through the browser's locale data):
 *   --tag zh-Hant          BCP 47 tag for `lang` and `hreflang` (default: the code)
 *   --og-locale es_ES      Open Graph locale (default: the language's likely country)
 *   --dir rtl              text direction (default: the script's)
 *   --fallback fr,en       languages shown while a page is not translated (default: English, then French)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultLang, isLang, languages, langs } from '../src/i18n/languages.ts';
import { loadPages } from '../src/lib/content-files.ts';
import { listFile, readList } from './published-urls.ts';

const listPath = 'src/i18n/languages.ts';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		tag: { type: 'string' },
		'og-locale': { type: 'string' },
		dir: { type: 'string' },
		fallback: { type: 'string' },
	},
});
const [code, name] = positionals;
const usage = 'Usage: npm run add-language -- <code> "<name>", for example: npm run add-language -- es Español';
if (!code || !name?.trim()) fail(usage);
if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(code))
	fail(`"${code}" is not a language code: use the lower-case code of the address, e.g. es, vi or zh-hant.`);
if (isLang(code)) fail(`"${code}" is a language of the site already (${listPath}).`);

let tag: string;
try {
	tag = Intl.getCanonicalLocales(values.tag ?? code)[0]!;
} catch {
	fail(`"${values.tag ?? code}" is not a valid BCP 47 tag: pass one with --tag, e.g. --tag zh-Hant.`);
}
const likely = new Intl.Locale(tag).maximize();
const script = likely.script ?? '';
const rtlScripts = ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'];
const dir = values.dir ?? (rtlScripts.includes(script) ? 'rtl' : 'ltr');
if (dir !== 'ltr' && dir !== 'rtl') fail('--dir is ltr or rtl.');
// Languages written without spaces between words are indexed one character per word (see languages.ts).
const ogLocale = values['og-locale'] ?? `${likely.language}_${likely.region ?? likely.language.toUpperCase()}`;
if (!/^[a-z]{2,3}_[A-Z]{2}$/.test(ogLocale)) fail(`--og-locale is written like es_ES (got "${ogLocale}").`);

// English then French by default: the languages most readers of a new language read next (French is
// the language of the country and of every legal term; the page's original comes last in any case).
const fallback = values.fallback?.split(',').map((c) => c.trim()) ?? ['en', 'fr'].filter(isLang);
for (const other of fallback) {
	if (!isLang(other)) fail(`--fallback names "${other}", which is not a language of the site (${langs.join(', ')}).`);
}
const uiSource = fallback.find(isLang) ?? defaultLang;

/** A TypeScript string literal in single quotes. */
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const uiPath = `src/i18n/ui/${code}.ts`;
if (existsSync(uiPath)) fail(`${uiPath} exists already: delete it, or add the language to ${listPath} by hand.`);

// 1. The language list: one line per language, before the end of the object.
const list = readFileSync(listPath, 'utf8');
const end = list.indexOf('} as const satisfies Record<string, LanguageConfig>;');
if (end === -1) fail(`${listPath}: cannot find the end of the language list ("} as const satisfies …").`);
const key = /^[a-z]+$/.test(code) ? code : quote(code);
const entry =
	`\t${key}: { tag: ${quote(tag)}, name: ${quote(name.trim())}, ogLocale: ${quote(ogLocale)}, dir: ${quote(dir)}, ` +
	`fallback: [${fallback.map(quote).join(', ')}] },\n`;
writeFileSync(listPath, list.slice(0, end) + entry + list.slice(end));

// 2. The UI strings, copied from the language its readers fall back to, marked as an untranslated copy.
const source = readFileSync(`src/i18n/ui/${uiSource}.ts`, 'utf8').replace(
	/\n\/\*\*[^/]*?\*\/\nexport const untranslatedCopyOf = [^\n]*\n/,
	'\n',
);
const marker =
	`\n/**\n * Not translated yet: the ${languages[uiSource].name} strings, copied by \`npm run add-language\`. ` +
	`Translate every value\n * into ${name.trim()} (never the keys or the {placeholders}), then delete this comment ` +
	'and the line below.\n */\n' +
	`export const untranslatedCopyOf = ${quote(uiSource)};\n`;
const afterImports = source.search(/\n(?:\/\*\*|export default)/);
writeFileSync(uiPath, source.slice(0, afterImports) + '\n' + marker + source.slice(afterImports));

// 3. The addresses of the new language: every page exists in it from the first build.
const listed = readList();
const prefix = `/${defaultLang}/`;
const added = listed.filter((path) => path.startsWith(prefix)).map((path) => `/${code}/${path.slice(prefix.length)}`);
if (existsSync(listFile) && added.length > 0) {
	const header = /^(#[^\n]*\n)*/.exec(readFileSync(listFile, 'utf8'))?.[0] ?? '';
	writeFileSync(listFile, header + [...new Set([...listed, ...added])].sort().join('\n') + '\n');
}

// Lay the two TypeScript files out as the formatter does, then check that the list still loads.
try {
	const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
	execFileSync(process.execPath, [prettier, '--write', listPath, uiPath], { stdio: 'ignore' });
} catch {
	console.warn('Prettier did not run: run `npm run format` before committing.');
}
const reloaded = (await import(
	`${pathToFileURL(listPath).href}?added=${code}`
)) as typeof import('../src/i18n/languages.ts');
if (!reloaded.isLang(code)) fail(`${listPath} was written but does not list "${code}": check the file.`);

console.log(`Added ${name.trim()} (${code}, lang="${tag}", ${dir}, falls back to ${fallback.join(', ')}).`);
console.log(`  ${listPath}: one line for the language`);
console.log(`  ${uiPath}: the ${languages[uiSource].name} UI strings to translate (marked as an untranslated copy)`);
if (added.length > 0) console.log(`  ${listFile}: ${added.length} addresses of the new language`);
console.log(`
Every page now exists at /${code}/…, as the ${fallback.map((c) => languages[c as keyof typeof languages].name).join(' or ')} text under a notice, kept out of
search engines and search until it is translated. Next:
  1. translate ${uiPath}, then delete its "untranslatedCopyOf" line;
  2. npm run translations -- --lang ${code}          what to translate;
  3. npm run new-translation -- ${code} ${loadPages()[0]?.slug ?? '<page>'}     start a page, translate it, ask for a stamp;
  4. npm test, then one pull request titled "i18n(${code}): add ${name.trim()}".
See docs/adding-a-language.md.`);
