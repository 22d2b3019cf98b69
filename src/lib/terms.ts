import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The terminology of one language, read from `src/i18n/terms/<lang>.yaml`: for each concept (a stable
 * id shared by every language and by the glossary), the one term pages use, the words readers type
 * (search synonyms) and the variants to avoid. The style guides' tables are generated from it
 * (`npm run terms`) and the terminology check reads it.
 */

/** A word or phrase pages must not use, and what to write instead. */
export interface AvoidedVariant {
	/** The text to avoid, as it appears in a page. */
	text: string;
	/** Why, for the writer: "Taiwan/Hong Kong usage", "legal jargon", "stigmatising"… */
	reason: string;
	/** What to write instead; the concept's term when not given. */
	use?: string;
	/** Longer texts in which the variant is fine (an official name, a quotation): `受害者帮助热线`. */
	except?: string[];
}

export interface Concept {
	/** The one term for the concept in this language, as the glossary and pages write it. */
	term: string;
	/** A shorter form used after the first mention (`OQTF` for the full French name). */
	short?: string;
	/** Words readers use or type for it: colloquial, regional, other spellings. Search synonyms. */
	search: string[];
	avoid: AvoidedVariant[];
	/** A note for translators and editors. */
	note?: string;
}

export type Terms = Record<string, Concept>;

/** Where a language's terminology file is, relative to the project root. */
export function termsFile(lang: string): string {
	return `src/i18n/terms/${lang}.yaml`;
}

const conceptKeys = ['term', 'short', 'search', 'avoid', 'note'];
const variantKeys = ['text', 'reason', 'use', 'except'];

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
}

/**
 * Reads and checks a terminology file's text. Every mistake names the file, the concept and the field,
 * and says how to fix it.
 */
export function parseTerms(text: string, file: string): Terms {
	const data: unknown = parse(text);
	const fail = (where: string, message: string): never => {
		throw new Error(`${file}: ${where}${message}`);
	};
	if (typeof data !== 'object' || data === null || !('concepts' in data)) {
		return fail('', 'the file must start with "concepts:", then one entry per concept id.');
	}
	const concepts = data.concepts;
	if (typeof concepts !== 'object' || concepts === null || Array.isArray(concepts)) {
		return fail('concepts: ', 'write one entry per concept id, e.g. "garde-a-vue:" with "term:" under it.');
	}
	const terms: Terms = {};
	for (const [id, raw] of Object.entries(concepts)) {
		const at = `concept "${id}": `;
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
			fail(at, 'ids are lower-case ASCII words joined by "-" (e.g. titre-de-sejour).');
		if (typeof raw !== 'object' || raw === null) return fail(at, 'give it at least a "term:" line.');
		const entry = raw as Record<string, unknown>;
		const unknown = Object.keys(entry).filter((key) => !conceptKeys.includes(key));
		if (unknown.length > 0) fail(at, `unknown field "${unknown[0]}". The fields are: ${conceptKeys.join(', ')}.`);
		if (typeof entry['term'] !== 'string' || entry['term'].trim() === '') fail(at, 'term is missing. Add "term: …".');
		for (const key of ['short', 'note']) {
			if (entry[key] !== undefined && typeof entry[key] !== 'string') fail(at, `${key} must be a text.`);
		}
		for (const key of ['search'] as const) {
			if (entry[key] !== undefined && !isStringList(entry[key])) {
				fail(at, `${key} must be a list of words: ${key}: [word, other word].`);
			}
		}
		if (entry['avoid'] !== undefined && !Array.isArray(entry['avoid'])) {
			fail(at, 'avoid must be a list of "- text: … / reason: …" entries.');
		}
		const avoid = ((entry['avoid'] as unknown[] | undefined) ?? []).map((item, index) => {
			const where = `${at}avoid[${index}]: `;
			if (typeof item !== 'object' || item === null) return fail(where, 'write "- text: …" and "reason: …".');
			const variant = item as Record<string, unknown>;
			const extra = Object.keys(variant).filter((key) => !variantKeys.includes(key));
			if (extra.length > 0) fail(where, `unknown field "${extra[0]}". The fields are: ${variantKeys.join(', ')}.`);
			if (typeof variant['text'] !== 'string' || variant['text'].trim() === '') fail(where, 'text is missing.');
			if (typeof variant['reason'] !== 'string' || variant['reason'].trim() === '') {
				fail(where, 'reason is missing: say why the variant is avoided, so writers can judge.');
			}
			if (variant['use'] !== undefined && typeof variant['use'] !== 'string') fail(where, 'use must be a text.');
			if (variant['except'] !== undefined && !isStringList(variant['except'])) {
				fail(where, 'except must be a list of longer texts that contain the variant.');
			}
			const text = variant['text'] as string;
			for (const longer of (variant['except'] as string[] | undefined) ?? []) {
				if (!longer.includes(text)) fail(where, `the exception "${longer}" does not contain "${text}".`);
			}
			return {
				text,
				reason: variant['reason'] as string,
				...(typeof variant['use'] === 'string' ? { use: variant['use'] } : {}),
				...(variant['except'] ? { except: variant['except'] as string[] } : {}),
			} satisfies AvoidedVariant;
		});
		const term = entry['term'] as string;
		for (const variant of avoid) {
			const allowed = variant.except?.some((longer) => longer.includes(term)) ?? false;
			if (term.includes(variant.text) && !allowed) {
				fail(at, `the term "${term}" contains the avoided variant "${variant.text}": add the term to its except list.`);
			}
		}
		terms[id] = {
			term,
			...(typeof entry['short'] === 'string' ? { short: entry['short'] } : {}),
			search: (entry['search'] as string[] | undefined) ?? [],
			avoid,
			...(typeof entry['note'] === 'string' ? { note: entry['note'] } : {}),
		};
	}
	return terms;
}

const cache = new Map<string, Terms | undefined>();

/** The terminology of a language, or undefined when the language has no terms file yet. */
export function loadTerms(lang: string, root = '.'): Terms | undefined {
	const file = `${root}/${termsFile(lang)}`;
	if (!cache.has(file))
		cache.set(file, existsSync(file) ? parseTerms(readFileSync(file, 'utf8'), termsFile(lang)) : undefined);
	return cache.get(file);
}
