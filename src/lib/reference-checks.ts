import type { Lang } from '../i18n/languages.ts';
import { readMdx, type BodyText } from './body-text.ts';
import { figuresIn, numbersIn, compareNumbers } from './numbers.ts';
import { malformedMarkMessage, scanMarks, unknownMarkMessage, withoutMarks, type BodyRef } from './references.ts';
import type { Status } from './page-model.ts';

/**
 * Checks of what pages claim and where it comes from, across all content files at once, so that one
 * build lists every problem: marks that point nowhere, figures in a guide without a mark, and up-to-date
 * translations that do not state the same numbers, or cite other sources, than their original.
 */

/** One content file as these checks need it. */
export interface ClaimsFile {
	/** Shown in messages: `src/content/guides/fr/pep.mdx`. */
	path: string;
	collection: string;
	lang: Lang;
	slug: string;
	/** The whole file: front matter and body (line numbers are the file's). */
	raw: string;
	title: string;
	description: string;
	summary?: readonly string[] | undefined;
	sourceIds: readonly string[];
	/** Original, up-to-date, outdated (a translation's status against its original). */
	status: Status;
}

export interface ClaimsReport {
	errors: string[];
	/** Outdated translations whose numbers or sources differ: told, not failed. */
	warnings: string[];
	/** The marks and figures of each file's body in reading order, by path: what the page numbers. */
	refs: Map<string, BodyRef[]>;
}

/** Everything a file states, read once. */
interface Read {
	file: ClaimsFile;
	body: BodyText;
	numbers: Set<string>;
}

/** Shortens a block's text for a message. */
const excerpt = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

const FIX_FIGURE =
	'Write [^id] right after the figure, where id is the source that shows it, or use <Fig id="…"> for a figure of ' +
	'src/data/figures.ts (CONTRIBUTING.md, "Sources and reference marks").';

/** Problems of one file on its own: marks, footnotes, figures without a mark (in guides). */
function fileProblems({ file, body }: Read): string[] {
	const problems: string[] = [];
	const ids = file.sourceIds;
	for (const line of body.footnotes) {
		problems.push(
			`${file.path}:${line}: footnote definitions ("[^x]: …") are not used on this site. Put the source in the ` +
				'front matter (sources:, with an id) and write [^id] right after the claim.',
		);
	}
	for (const mark of body.marks) {
		const at = `${file.path}:${mark.line}:${mark.column}`;
		if (!mark.wellFormed) problems.push(`${at}: ${malformedMarkMessage(mark.raw, ids)}`);
		else if (!ids.includes(mark.id)) problems.push(`${at}: ${unknownMarkMessage(mark.id, ids)}`);
	}
	for (const [field, text] of [
		['title', file.title],
		['description', file.description],
	] as const) {
		if (scanMarks(text).length > 0) {
			problems.push(`${file.path}: ${field}: reference marks are not allowed in the ${field}. Put them in the text.`);
		}
	}
	(file.summary ?? []).forEach((point, i) => {
		const where = `${file.path}: summary point ${i + 1}`;
		for (const token of scanMarks(point)) {
			const raw = point.slice(token.index, token.index + token.length);
			if (!token.wellFormed) problems.push(`${where}: ${malformedMarkMessage(raw, ids)}`);
			else if (!ids.includes(token.id)) problems.push(`${where}: ${unknownMarkMessage(token.id, ids)}`);
		}
		const figures = figuresIn(point);
		if (file.collection === 'guides' && figures.length > 0 && scanMarks(point).length === 0) {
			problems.push(
				`${where} ("${excerpt(withoutMarks(point))}") states ${figures.join(', ')} without a reference mark. ${FIX_FIGURE}`,
			);
		}
	});
	if (file.collection === 'guides') {
		for (const block of body.blocks) {
			if (block.figures.length === 0 || block.references > 0) continue;
			problems.push(
				`${file.path}:${block.line}: "${excerpt(block.text)}" states ${[...new Set(block.figures)].join(', ')} ` +
					`without a reference mark. ${FIX_FIGURE}`,
			);
		}
	}
	return problems;
}

/** How a translation's numbers and sources differ from its original's, or nothing when they agree. */
function differences(original: Read, translation: Read): string[] {
	const found: string[] = [];
	const { added, missing } = compareNumbers(original.numbers, translation.numbers);
	if (added.length > 0) found.push(`it states ${added.join(', ')}, which the original does not`);
	if (missing.length > 0) found.push(`it does not state ${missing.join(', ')}, which the original does`);
	const ids = (read: Read) => read.file.sourceIds.join(', ');
	if (ids(original) !== ids(translation)) {
		found.push(
			`its source ids are [${ids(translation)}] but the original's are [${ids(original)}] (same ids, same order)`,
		);
	}
	return found;
}

/**
 * Every problem of a set of content files. Errors stop the build; warnings are printed. `files` holds
 * every language of every page; translations are compared with the original of the same slug.
 */
export function checkClaims(files: readonly ClaimsFile[]): ClaimsReport {
	const report: ClaimsReport = { errors: [], warnings: [], refs: new Map() };
	const read: Read[] = files.map((file) => {
		const body = readMdx(file.raw);
		const numbers = new Set([
			...body.numbers,
			...numbersIn(file.title),
			...numbersIn(file.description),
			...(file.summary ?? []).flatMap((point) => numbersIn(point)),
		]);
		return { file, body, numbers };
	});
	for (const item of read) {
		report.errors.push(...fileProblems(item));
		report.refs.set(item.file.path, item.body.refs);
	}
	for (const translation of read) {
		if (translation.file.status !== 'up-to-date' && translation.file.status !== 'outdated') continue;
		const original = read.find((r) => r.file.slug === translation.file.slug && r.file.status === 'original');
		if (!original) continue;
		const found = differences(original, translation);
		if (found.length === 0) continue;
		const { lang, slug, path } = translation.file;
		if (translation.file.status === 'up-to-date') {
			report.errors.push(
				`${path} and its original ${original.file.path} do not state the same facts: ${found.join('; ')}. ` +
					'Write every figure in digits, as the original does, and fix the translation. If the original changed ' +
					`after the translation, the translation is outdated: run \`npm run translations -- --lang ${lang}\`.`,
			);
		} else {
			report.warnings.push(
				`${path} is outdated and does not state the same facts as ${original.file.path}: ${found.join('; ')}. ` +
					`Update it, then run \`npm run translations -- --stamp ${lang}/${slug}\`.`,
			);
		}
	}
	return report;
}
