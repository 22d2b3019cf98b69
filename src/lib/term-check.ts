import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Terms } from './terms.ts';

/**
 * The terminology check: in a page of one language, every variant its terms file says to avoid, nested
 * brackets, and glossary terms put inside brackets (they render their own: 急救（急救中心（SAMU））).
 * Generic: any language with a terms file gets the same check.
 */

/** One problem in a text, with where it is and what to write instead. */
export interface TermFinding {
	line: number;
	column: number;
	/** The text found. */
	found: string;
	/** What to write instead. */
	use: string;
	reason: string;
}

/** A finding in a file of the content folder. */
export interface FileFinding extends TermFinding {
	file: string;
}

/**
 * Blanks out what is not prose of the page's language, keeping columns: MDX comments, attribute values
 * of components (`id="…"`, `fr="…"`, the French of a phrase card) and link addresses.
 */
export function proseOnly(line: string): string {
	const blank = (match: string) => ' '.repeat(match.length);
	return line
		.replace(/\{\/\*.*?\*\/\}/g, blank)
		.replace(/(\w+=)("[^"]*"|'[^']*')/g, (_, name: string, value: string) => name + blank(value))
		.replace(/\]\([^)\s]*\)/g, (match) => `]${blank(match.slice(1))}`);
}

/** Lines that readers never see as prose of the page: the front matter's list of sources. */
function skippedLines(lines: readonly string[]): Set<number> {
	const skipped = new Set<number>();
	if (lines[0] !== '---') return skipped;
	let inSources = false;
	for (let i = 1; i < lines.length && lines[i] !== '---'; i++) {
		const line = lines[i] ?? '';
		if (/^\S/.test(line)) inSources = line.startsWith('sources:');
		if (inSources) skipped.add(i);
	}
	return skipped;
}

const opening = ['（', '('];
const closing: Record<string, string> = { '）': '（', ')': '(' };

/** Nested brackets and glossary terms inside brackets on one line of prose. */
function bracketFindings(line: string, original: string, lineNumber: number): TermFinding[] {
	const findings: TermFinding[] = [];
	const open: { char: string; at: number }[] = [];
	const terms = [...original.matchAll(/<Term\b[^>]*?(\/>|>[^<]*<\/Term>)/g)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		text: m[0],
	}));
	for (let i = 0; i < line.length; i++) {
		const term = terms.find((t) => t.start === i);
		if (term) {
			const alone = open.length > 0 && opening.includes(line[i - 1] ?? '') && !!closing[line[term.end] ?? ''];
			if (open.length > 0 && !alone) {
				const [left, right] = open.at(-1)!.char === '（' ? ['（', '）'] : ['(', ')'];
				findings.push({
					line: lineNumber,
					column: i + 1,
					found: term.text,
					use: `the term outside the brackets, or the term alone between them: ${left}${term.text}${right}`,
					reason: 'a glossary term shows its French in brackets itself, so inside brackets it gives nested brackets',
				});
			}
			i = term.end - 1;
			continue;
		}
		const char = line[i] ?? '';
		if (opening.includes(char)) {
			if (open.length > 0) {
				findings.push({
					line: lineNumber,
					column: i + 1,
					found: original.slice(open.at(-1)!.at, i + 1),
					use: 'one level of brackets: say the inner part another way, or split the sentence',
					reason: 'nested brackets are hard to read on a phone',
				});
			}
			open.push({ char, at: i });
		} else if (closing[char] && open.at(-1)?.char === closing[char]) {
			open.pop();
		}
	}
	return findings;
}

/** Every place in `text` (a page's source) that breaks the terminology `terms`. */
export function checkText(text: string, terms: Terms): TermFinding[] {
	const lines = text.split(/\r?\n/);
	const skipped = skippedLines(lines);
	const variants = Object.values(terms).flatMap((concept) =>
		concept.avoid.map((variant) => ({ ...variant, use: variant.use ?? concept.term })),
	);
	const findings: TermFinding[] = [];
	lines.forEach((original, index) => {
		if (skipped.has(index)) return;
		const line = proseOnly(original);
		const lower = line.toLowerCase();
		const matches: (TermFinding & { end: number })[] = [];
		for (const variant of variants) {
			const needle = variant.text.toLowerCase();
			const allowed = (variant.except ?? []).flatMap((longer) => {
				const spans: [number, number][] = [];
				const target = longer.toLowerCase();
				for (let at = lower.indexOf(target); at !== -1; at = lower.indexOf(target, at + 1)) {
					spans.push([at, at + target.length]);
				}
				return spans;
			});
			for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
				const end = at + needle.length;
				if (allowed.some(([from, to]) => from <= at && end <= to)) continue;
				matches.push({
					line: index + 1,
					column: at + 1,
					end,
					found: original.slice(at, end),
					use: variant.use,
					reason: variant.reason,
				});
			}
		}
		// Where two variants overlap (临时居留卡 and 居留卡), report the longer one only.
		matches.sort((a, b) => a.column - b.column || b.end - a.end);
		let reached = 0;
		for (const { end, ...match } of matches) {
			if (match.column - 1 < reached) continue;
			findings.push(match);
			reached = end;
		}
		findings.push(...bracketFindings(line, original, index + 1));
	});
	return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The pages of one language in a content folder: `<contentDir>/<collection>/<lang>/*.mdx`. */
export function contentFiles(contentDir: string, lang: string): string[] {
	if (!existsSync(contentDir)) return [];
	return readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, lang)))
		.flatMap((entry) =>
			readdirSync(join(contentDir, entry.name, lang))
				.filter((file) => file.endsWith('.mdx'))
				.sort()
				.map((file) => `${contentDir}/${entry.name}/${lang}/${file}`),
		);
}

/** Every finding of the check over the pages of one language. */
export function checkContent(contentDir: string, lang: string, terms: Terms): FileFinding[] {
	return contentFiles(contentDir, lang).flatMap((file) =>
		checkText(readFileSync(file, 'utf8'), terms).map((finding) => ({ file, ...finding })),
	);
}

/** A finding as one line of an error message: `file:12:5: "律师公会" → write "律师协会" (why).` */
export function describeFinding(finding: FileFinding): string {
	return `${finding.file}:${finding.line}:${finding.column}: "${finding.found}" → write "${finding.use}" (${finding.reason}).`;
}
