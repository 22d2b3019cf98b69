/**
 * The translation status of every page, language by language, for translators (the page model of
 * src/lib/page-model.ts, read from the files on disk).
 *
 *   npm run translations                      every language
 *   npm run translations -- --lang fr         one language
 *   npm run translations -- --json            for machines (and the tests): the model, page by page
 *   npm run translations -- --strict          exit 1 if anything is missing or outdated (release CI)
 *   npm run translations -- --stamp fr/prep   mark fr/prep as following the current original
 *
 * Everyday pull requests are not blocked by other people's missing pages: without --strict the exit
 * code is 0 whatever the status.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultLang, isLang, languages, langs, type Lang } from '../src/i18n/languages.ts';
import { loadPages, type DiskFile } from '../src/lib/content-files.ts';
import { isoDate } from '../src/lib/dates.ts';
import type { Page, Status } from '../src/lib/page-model.ts';
import { countStatuses, glossaryMissing, isComplete, uiReport } from '../src/lib/translation-report.ts';

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
function stamp(file: DiskFile, original: DiskFile, version: string): void {
	let raw = file.raw;
	const block = /^translation:[^\n]*\n((?:[ \t]+[^\n]*\n)*)/m.exec(raw);
	if (!block) fail(`${file.path} has no "translation:" block: it is an original, not a translation.`);
	const lines = block[1]!.replace(/^[ \t]+version:[^\n]*\n/m, '');
	raw = raw.replace(block[0], `translation:\n${lines}  version: "${version}"\n`);
	if (!Number.isNaN(original.data.updated.getTime()))
		raw = raw.replace(/^updated:[^\n]*$/m, `updated: ${isoDate(original.data.updated)}`);
	writeFileSync(file.path, raw);
}

const pages = loadPages();

/** The page of a slug, or an error naming the pages there are. */
function pageNamed(slug: string): Page<Lang, DiskFile> {
	const page = pages.find((p) => p.slug === slug);
	if (page) return page;
	const known = pages.map((p) => p.slug).sort();
	fail(`There is no page "${slug}". Pages are: ${known.join(', ')}.`);
}

if (values.stamp) {
	for (const target of values.stamp) {
		const [lang, slug] = target.split('/');
		if (!lang || !slug || !isLang(lang))
			fail(`--stamp takes <lang>/<slug>, for example --stamp fr/prep (got "${target}").`);
		const page = pageNamed(slug);
		const view = page.views[lang];
		if (!view.own) fail(`There is no ${lang}/${slug}. Create it first: npm run new-translation -- ${lang} ${slug}`);
		if (page.original.data.translation)
			fail(`The page "${slug}" has no original (every file of it has a "translation:" block).`);
		if (view.status === 'original')
			fail(`${view.own.path} is the original of "${slug}": only translations are stamped.`);
		if (view.status === 'not-translated') {
			fail(`${view.own.path} is not translated yet: ${view.reason}. A copy is never stamped: translate it first.`);
		}
		const version = page.fingerprints[page.originalLang]!;
		stamp(view.own, page.original, version);
		console.log(
			`${view.own.path}: now follows the ${languages[page.originalLang].name} original (version ${version}).`,
		);
	}
	process.exit(0);
}

const shown = values.lang ? [values.lang as Lang] : langs;

if (values.json) {
	console.log(
		JSON.stringify(
			{
				languages: Object.fromEntries(
					shown.map((lang) => [
						lang,
						{
							name: languages[lang].name,
							tag: languages[lang].tag,
							counts: countStatuses(pages, lang),
							pages: pages.map((page) => {
								const view = page.views[lang];
								return {
									slug: page.slug,
									collection: page.collection,
									original: page.originalLang,
									status: view.status,
									file: view.own?.path ?? null,
									// What its readers get: the language of the text, and whether it is kept out of search engines.
									shows: view.textLang,
									noindex: view.noindex,
								};
							}),
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
	const mark: Record<Status, string> = {
		original: '●',
		'up-to-date': '✓',
		outdated: '!',
		'not-translated': '✗',
		missing: '✗',
	};
	const word: Record<Status, string> = {
		original: 'original',
		'up-to-date': 'up to date',
		outdated: 'OUTDATED',
		'not-translated': 'NOT TRANSLATED',
		missing: 'MISSING',
	};
	for (const lang of shown) {
		const counts = countStatuses(pages, lang);
		console.log(
			`\n${languages[lang].name} (${lang}): ${counts.original} original, ${counts['up-to-date']} up to date, ` +
				`${counts.outdated} outdated, ${counts['not-translated']} not translated yet, ${counts.missing} missing`,
		);
		for (const page of pages) {
			const { status, own, reason } = page.views[lang];
			const hint =
				status === 'missing'
					? `create it: npm run new-translation -- ${lang} ${page.slug}`
					: status === 'outdated'
						? `the ${page.originalLang} original changed: update ${own?.path}, then npm run translations -- --stamp ${lang}/${page.slug}`
						: status === 'not-translated'
							? `translate ${own?.path} (${reason}), then npm run translations -- --stamp ${lang}/${page.slug}`
							: '';
			console.log(
				`  ${mark[status]} ${word[status].padEnd(14)} ${`${page.collection}/${page.slug}`.padEnd(40)} ${hint}`,
			);
		}
		const strings = uiReport(lang);
		const terms = glossaryMissing(lang);
		if (strings.copyOf)
			console.log(
				`  ✗ UI strings not translated yet: src/i18n/ui/${lang}.ts is still the ${languages[strings.copyOf].name} ` +
					'text. Translate its values, then delete its "untranslatedCopyOf" line.',
			);
		if (strings.missing.length)
			console.log(`  ✗ UI strings missing in src/i18n/ui/${lang}.ts: ${strings.missing.join(', ')}`);
		if (!strings.copyOf && strings.same.length)
			console.log(
				`  ! UI strings identical to the ${languages[defaultLang].name} (untranslated?): ${strings.same.join(', ')}`,
			);
		if (terms.length) console.log(`  ✗ glossary terms missing in src/data/glossary.ts: ${terms.join(', ')}`);
		if (!strings.copyOf && !strings.missing.length && !strings.same.length && !terms.length)
			console.log('  ✓ UI strings and glossary complete');
	}
	console.log('');
}

if (values.strict) {
	const incomplete = shown.filter((lang) => !isComplete(pages, lang));
	if (incomplete.length) fail(`Not complete: ${incomplete.join(', ')} (--strict).`);
}
