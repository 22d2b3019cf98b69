import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { langs } from './i18n/languages.ts';
import { contentDir } from './lib/config.ts';
import { sourceKinds } from './data/source-kinds.ts';
import { parseIsoDate } from './lib/dates.ts';
import { duplicateIds, kindList, sourceIdPattern, sourceProblems } from './lib/sources.ts';
import { guideTopics } from './lib/page-model.ts';

/**
 * The front matter of every page. Each message says what to write, because translators read them
 * in a failed pull request check. The intent of each field is in CONTRIBUTING.md.
 */

/** Text that must be present and not empty. */
const text = (field: string, hint: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `${field} is missing. Add a line "${field}: …" (${hint}).`
					: `${field} must be text (${hint}).`,
		})
		.trim()
		.min(1, { error: `${field} is empty. Write ${hint}.` });

/**
 * A calendar day written YYYY-MM-DD. YAML turns an unquoted date into a Date; a quoted one stays
 * text and is checked here. (A day that does not exist, like 2026-02-30, is caught when the site
 * reads the raw file, since YAML rolls it over before this schema sees it.)
 */
const day = (field: string) =>
	z
		.union([z.date(), z.string()], {
			error: (issue) =>
				issue.input === undefined
					? `${field} is missing. Add "${field}: YYYY-MM-DD", for example ${field}: 2026-11-28.`
					: `${field} must be a date written YYYY-MM-DD, for example 2026-11-28.`,
		})
		.transform((value, ctx) => {
			const date = value instanceof Date ? value : parseIsoDate(value);
			if (!date || Number.isNaN(date.getTime())) {
				ctx.addIssue({
					code: 'custom',
					message: `${field}: "${String(value)}" is not a valid date. Write YYYY-MM-DD, for example 2026-11-28.`,
				});
				return z.NEVER;
			}
			return date;
		});

/** Optional text of a source: trimmed, empty counts as absent. */
const optionalText = (field: string) =>
	z
		.string({ error: `sources[].${field} must be text.` })
		.trim()
		.optional()
		.transform((value) => value || undefined);

/**
 * One source. The types are checked first; then `sourceProblems` (src/lib/sources.ts) checks what each
 * kind needs and which addresses are accepted, and names the field to fix.
 */
const source = z
	.object({
		id: z
			.string({
				error: (issue) =>
					issue.input === undefined
						? 'sources[].id is missing. Give the source a short id, e.g. id: cpp-63, and mark claims with [^cpp-63].'
						: 'sources[].id must be text, e.g. id: cpp-63.',
			})
			.regex(sourceIdPattern, {
				error: 'sources[].id must be lowercase letters, digits and hyphens, e.g. cpp-63 or sp-f2532.',
			}),
		kind: z.enum(sourceKinds, {
			error: (issue) =>
				issue.input === undefined
					? `sources[].kind is missing. Add "kind:" with one of: ${kindList} (CONTRIBUTING.md, "Sources and reference marks").`
					: `sources[].kind must be one of: ${kindList}.`,
		}),
		code: optionalText('code'),
		// YAML reads `article: 63` as a number; an article is a name, so keep it as text.
		article: z
			.union([z.string(), z.number()], { error: 'sources[].article must be text, e.g. article: "L425-1".' })
			.optional()
			.transform((value) => (value === undefined ? undefined : String(value).trim() || undefined)),
		title: optionalText('title'),
		publisher: optionalText('publisher'),
		url: optionalText('url'),
		consulted: day('sources[].consulted'),
	})
	.superRefine((value, ctx) => {
		for (const problem of sourceProblems(value)) {
			ctx.addIssue({ code: 'custom', path: [problem.field], message: `sources[].${problem.message}` });
		}
	});

const role = z.enum(['editors', 'members', 'lawyer', 'health-worker'], {
	error: 'must be one of: editors, members, lawyer, health-worker.',
});

const fields = {
	/** The page title: a question or an action the reader has. */
	title: text('title', 'the page title, at most 80 characters').pipe(
		z.string().max(80, { error: 'title is longer than 80 characters. Shorten it.' }),
	),
	/** One sentence: shown in search results, link previews and citations. */
	description: text('description', 'one sentence saying what the page is about').pipe(
		z.string().max(200, { error: 'description is longer than 200 characters. Keep it to one sentence.' }),
	),
	/** The "in short" summary: three to five points. */
	summary: z
		.array(text('summary item', 'one short point'), {
			error: 'summary must be a list of 3 to 5 points, each on a line starting with "  - ".',
		})
		.min(3, { error: 'summary needs at least 3 points.' })
		.max(5, { error: 'summary has more than 5 points. Keep the most important ones.' }),
	/**
	 * Words readers type for what the page answers that its text does not use (医保卡, capote): not shown,
	 * indexed with the summary's weight. Words that stand for a concept on every page belong in
	 * src/i18n/terms/<lang>.yaml instead.
	 */
	keywords: z
		.array(text('keywords item', 'a word or short phrase readers type'), {
			error: 'keywords must be a list of words readers type for this page: keywords: [医保卡, 看病要钱].',
		})
		.max(20, { error: 'keywords has more than 20 words. Keep the ones readers really type.' })
		.default([]),
	/** The day the page was first published. */
	published: day('published'),
	/** The day the facts last changed. */
	updated: day('updated'),
	/** Who last checked the facts against the sources, and who still has to review the page. */
	reviewed: z.object(
		{
			date: day('reviewed.date'),
			by: role,
			pending: z.array(role).default([]),
		},
		{
			error: 'reviewed is missing or malformed. Write:\nreviewed:\n  date: 2026-11-28\n  by: editors',
		},
	),
	/** Where each fact comes from: each source has an id (for `[^id]` marks) and a kind (src/data/source-kinds.ts). */
	sources: z
		.array(source, {
			error:
				'sources is missing. List every source with id, kind, and its title, publisher and url (or code and article for a law).',
		})
		.min(1, { error: 'sources is empty. List at least one source.' })
		.superRefine((sources, ctx) => {
			for (const id of duplicateIds(sources)) {
				ctx.addIssue({
					code: 'custom',
					message: `sources: the id "${id}" is used twice. Give each source its own id, and use it in the text as [^${id}].`,
				});
			}
		}),
	/** Where the page stands in lists of its topic (lower first; read from the original only). */
	order: z.number({ error: 'order must be a whole number, like 10.' }).int().optional(),
	/** What changed in the facts, newest first: shown in feeds and in the notice on outdated translations. */
	changes: z.array(z.object({ date: day('changes[].date'), note: text('changes[].note', 'what changed') })).default([]),
	/**
	 * Only in a translation: the original's language and the version of the original it follows (empty
	 * until the first stamp, as `npm run new-translation` writes it: the translation is outdated till then).
	 */
	translation: z
		.object(
			{
				from: z.enum(langs, { error: `translation.from must be one of: ${langs.join(', ')}.` }),
				version: z.string({
					error: (issue) =>
						issue.input === undefined
							? 'translation.version is missing. Once the translation matches the original, run ' +
								'`npm run translations -- --stamp <lang>/<slug>`: it writes the version.'
							: 'translation.version must be text in quotes, as `npm run translations -- --stamp <lang>/<slug>` writes it.',
				}),
			},
			{ error: 'translation must have "from" (the language of the original) and "version".' },
		)
		.optional(),
};

const loader = (collection: string) =>
	glob({
		pattern: '**/*.{md,mdx}',
		base: `${contentDir}/${collection}`,
		// Keep the folder and extension in the id so that misplaced or duplicate files are reported
		// by name (src/lib/content-checks.ts) instead of silently overwriting each other.
		generateId: ({ entry }) => entry,
	});

const guides = defineCollection({
	loader: loader('guides'),
	schema: z.object({
		...fields,
		/** Which part of the home page lists the guide. */
		topic: z.enum(guideTopics, { error: `topic must be one of: ${guideTopics.join(', ')}.` }),
	}),
});

const pages = defineCollection({
	loader: loader('pages'),
	schema: z.object({ ...fields, summary: fields.summary.optional() }),
});

export const collections = { guides, pages };
