/**
 * The translation status of every page, language by language, for translators.
 *
 *   npm run translations                      every language
 *   npm run translations -- --lang fr         one language
 *   npm run translations -- --json            for machines
 *   npm run translations -- --strict          exit 1 if anything is missing or outdated (release CI)
 *   npm run translations -- --stamp fr/prep   mark fr/prep as following the current original
 *
 * Everyday pull requests are not blocked by other people's missing pages: without --strict the exit
 * code is 0 whatever the status.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLang, languages, langs, type Lang } from '../src/i18n/languages.ts';
import { countStatuses, glossaryMissing, isComplete, uiReport } from '../src/lib/translation-report.ts';
import type { Status } from '../src/lib/translation.ts';
import { originalOf, readContent, statusRows, type ContentFile } from './lib/content.ts';

const { values } = parseArgs({
	options: {
		lang: { type: 'string' },
		json: { type: 'boolean', default: false },
		strict: { type: 'boolean', default: false },
		stamp: { type: 'string', multiple: true },
	},
});

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (values.lang && !isLang(values.lang)) fail(`Unknown language "${values.lang}". Languages are: ${langs.join(', ')}.`);

/** Rewrites (or adds) `translation.version` and sets `updated` to the original's: the translation now follows it. */
function stamp(file: ContentFile, original: ContentFile): string {
	const version = `  version: "${original.fingerprint}"`;
	let raw = readFileSync(file.path, 'utf8');
	const block = /^translation:[^\n]*\n((?:[ \t]+[^\n]*\n)*)/m.exec(raw);
	if (!block) fail(`${file.path} has no "translation:" block: it is an original, not a translation.`);
	const lines = block[1]!.replace(/^[ \t]+version:[^\n]*\n/m, '');
	raw = raw.replace(block[0], `translation:\n${lines}${version}\n`);
	const updated = original.data['updated'];
	if (updated) raw = raw.replace(/^updated:[^\n]*$/m, `updated: ${String(updated).slice(0, 10)}`);
	writeFileSync(file.path, raw);
	return original.fingerprint;
}

const files = readContent();

if (values.stamp) {
	for (const target of values.stamp) {
		const [lang, slug] = target.split('/');
		if (!lang || !slug || !isLang(lang))
			fail(`--stamp takes <lang>/<slug>, for example --stamp fr/prep (got "${target}").`);
		const file = files.find((f) => f.lang === lang && f.slug === slug);
		if (!file) fail(`There is no ${lang}/${slug}. Create it first: npm run new-translation -- ${lang} ${slug}`);
		let original: ContentFile;
		try {
			original = originalOf(files, slug);
		} catch (error) {
			fail((error as Error).message);
		}
		if (original.lang === lang) fail(`${file.path} is the original of "${slug}": only translations are stamped.`);
		const version = stamp(file, original);
		console.log(`${file.path}: now follows the ${languages[original.lang].name} original (version ${version}).`);
	}
	process.exit(0);
}

const rows = statusRows(files);
const shown = values.lang ? [values.lang as Lang] : langs;

if (values.json) {
	console.log(
		JSON.stringify(
			{
				languages: Object.fromEntries(
					shown.map((lang) => [
						lang,
						{
							counts: countStatuses(rows, lang),
							pages: rows.map((row) => ({
								slug: row.slug,
								collection: row.collection,
								original: row.originalLang,
								status: row.status[lang],
							})),
							ui: uiReport(lang),
							glossaryMissing: glossaryMissing(lang),
						},
					]),
				),
			},
			null,
			2,
		),
	);
} else {
	const mark: Record<Status, string> = { original: '●', 'up-to-date': '✓', outdated: '!', missing: '✗' };
	const word: Record<Status, string> = {
		original: 'original',
		'up-to-date': 'up to date',
		outdated: 'OUTDATED',
		missing: 'MISSING',
	};
	for (const lang of shown) {
		const counts = countStatuses(rows, lang);
		console.log(
			`\n${languages[lang].name} (${lang}): ${counts.original} original, ${counts['up-to-date']} up to date, ` +
				`${counts.outdated} outdated, ${counts.missing} missing`,
		);
		for (const row of rows) {
			const status = row.status[lang];
			const file = row.files[lang];
			const hint =
				status === 'missing'
					? `create it: npm run new-translation -- ${lang} ${row.slug}`
					: status === 'outdated'
						? `the ${row.originalLang} original changed: update ${file?.path}, then npm run translations -- --stamp ${lang}/${row.slug}`
						: '';
			console.log(`  ${mark[status]} ${word[status].padEnd(10)} ${`${row.collection}/${row.slug}`.padEnd(40)} ${hint}`);
		}
		const strings = uiReport(lang);
		const terms = glossaryMissing(lang);
		if (strings.missing.length)
			console.log(`  ✗ UI strings missing in src/i18n/ui/${lang}.ts: ${strings.missing.join(', ')}`);
		if (strings.same.length)
			console.log(`  ! UI strings identical to the Chinese (untranslated?): ${strings.same.join(', ')}`);
		if (terms.length) console.log(`  ✗ glossary terms missing in src/data/glossary.ts: ${terms.join(', ')}`);
		if (!strings.missing.length && !strings.same.length && !terms.length)
			console.log('  ✓ UI strings and glossary complete');
	}
	console.log('');
}

if (values.strict) {
	const incomplete = shown.filter((lang) => !isComplete(rows, lang));
	if (incomplete.length) fail(`Not complete: ${incomplete.join(', ')} (--strict).`);
}
