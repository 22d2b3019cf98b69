/**
 * The terminology (src/i18n/terms/<lang>.yaml), for editors and translators.
 *
 *   npm run terms                   rewrite the terminology tables of docs/i18n/<lang>.md
 *   npm run terms -- --check        list every use of an avoided word in the content; exit 1 if any
 *   npm run terms -- --check zh     the same for one language
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { langs } from '../src/i18n/languages.ts';
import { checkContent, describeFinding, type FileFinding } from '../src/lib/term-check.ts';
import { loadTerms } from '../src/lib/terms.ts';
import { styleGuide, tableEnd, tableStart, termsTable, withTable } from './lib/terms-doc.ts';

const { values, positionals } = parseArgs({
	options: { check: { type: 'boolean', default: false } },
	allowPositionals: true,
});
const contentDir = process.env['CONTENT_DIR'] || 'src/content';
const withTerms = langs.filter((lang) => loadTerms(lang) && (positionals.length === 0 || positionals.includes(lang)));

function findings(): FileFinding[] {
	return withTerms.flatMap((lang) => checkContent(contentDir, lang, loadTerms(lang)!));
}

if (values.check) {
	const found = findings();
	for (const finding of found) console.log(describeFinding(finding));
	console.log(found.length === 0 ? 'No avoided word in the content.' : `${found.length} to fix.`);
	process.exit(found.length === 0 ? 0 : 1);
} else {
	for (const lang of withTerms) {
		const file = styleGuide(lang);
		if (!existsSync(file)) {
			console.log(
				`${file} does not exist: write the style guide, with ${tableStart} and ${tableEnd} where the table goes.`,
			);
			continue;
		}
		const updated = withTable(readFileSync(file, 'utf8'), termsTable(lang));
		if (updated === undefined) {
			console.error(`${file}: add the lines ${tableStart} and ${tableEnd} where the table goes.`);
			process.exit(1);
		}
		writeFileSync(file, updated);
		console.log(`${file}: terminology table written.`);
	}
}
