import { createHash } from 'node:crypto';
import { likelyScript } from './intl.ts';

/**
 * Translation tracking that works on a shallow clone: every translation records, in its front matter,
 * the fingerprint of the original it follows (`translation.version`). When the original's text
 * changes, its fingerprint changes and the translation is "outdated". No git history is needed.
 * A file that is still a copy of another language's text is "not translated", whatever its version.
 */

/** What of a page counts as its text: a change to any of these makes its translations outdated. */
export interface TextParts {
	title: string;
	description: string;
	summary?: readonly string[] | undefined;
	/** A law source has no title or url of its own to translate: its code and article name it. */
	sources: readonly {
		title?: string | undefined;
		url?: string | undefined;
		code?: string | undefined;
		article?: string | undefined;
	}[];
	body: string;
}

/**
 * A short, stable fingerprint of a page's text. Line endings, trailing spaces and blank lines at the
 * ends are ignored, so re-saving a file in another editor does not mark its translations outdated.
 * Dates and review status are left out: re-checking a fact does not change the text to translate.
 */
export function fingerprint(parts: TextParts): string {
	const body = parts.body
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.trim();
	const canonical = JSON.stringify([
		parts.title.trim(),
		parts.description.trim(),
		(parts.summary ?? []).map((s) => s.trim()),
		// Code and article are added only where they exist, so sources without them keep their fingerprints.
		parts.sources.map((s) => [
			(s.title ?? '').trim(),
			(s.url ?? '').trim(),
			...(s.code || s.article ? [(s.code ?? '').trim(), (s.article ?? '').trim()] : []),
		]),
		body,
	]);
	return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

/** The words every scaffold note starts with: while they are in a file, it is not translated. */
const scaffoldStart = 'Translate this page';

/**
 * The note `npm run new-translation` puts at the top of a copied page. It says what to do, and
 * marks the file as not translated until the translator deletes it.
 */
export function scaffoldNote(from: string, to: string): string {
	return (
		`{/* ${scaffoldStart} from ${from} into ${to}: the front matter values (title, description, summary; ` +
		'source titles stay as they are) and the text below. Keep the components and links. ' +
		'Delete this line when done. */}'
	);
}

/** Whether a page's body still carries the scaffold note of `npm run new-translation`. */
export function hasScaffoldNote(body: string): boolean {
	return body.includes(`{/* ${scaffoldStart}`);
}

/**
 * What a reader reads of a page, without markup: title, description, summary and the words of the
 * body. Component tags and their attributes (`<Phrase fr="…">`), link targets, addresses and MDX
 * comments are dropped: they stay the same in every language.
 */
export function proseOf(parts: Pick<TextParts, 'title' | 'description' | 'summary' | 'body'>): string {
	const body = parts.body
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '\n')
		.replace(/^(?:import|export)\s.*$/gm, '\n')
		.replace(/<\/?[A-Za-z][^>]*>/g, '\n')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/https?:\/\/\S+/g, ' ');
	return [parts.title, parts.description, ...(parts.summary ?? []), body].join('\n');
}

const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/**
 * The sentences of a text, with Markdown marks and spacing evened out, so that a re-wrapped line or
 * a changed list marker still counts as the same sentence. Only sentences with letters count.
 */
export function sentencesOf(text: string): string[] {
	return text
		.split(/[\n.!?。！？；;|]+/)
		.map((sentence) => sentence.replace(/[\s*_#>`~\-–—"“”«»„()[\]{}]+/g, ' ').trim())
		.filter((sentence) => letters(sentence) > 1);
}

/**
 * How much of `text` is copied unchanged from `other`: the share (0 to 1) of its letters that sit in
 * sentences `other` also has. An untranslated copy gives 1; a translation, close to 0 (names and
 * French terms kept as they are).
 */
export function copiedShare(text: string, other: string): number {
	return sharedLetters(readingOfProse(text), readingOfProse(other));
}

/** A text read once for the copy check: its prose, and its sentences with their letters. */
interface Reading {
	prose: string;
	sentences: ReadonlySet<string>;
	letters: readonly [sentence: string, letters: number][];
}

function readingOfProse(prose: string): Reading {
	const sentences = sentencesOf(prose);
	return { prose, sentences: new Set(sentences), letters: sentences.map((s) => [s, letters(s)] as [string, number]) };
}

/** The share of `mine`'s letters that sit in sentences `theirs` also has (see `copiedShare`). */
function sharedLetters(mine: Reading, theirs: Reading): number {
	let copied = 0;
	let total = 0;
	for (const [sentence, count] of mine.letters) {
		total += count;
		if (theirs.sentences.has(sentence)) copied += count;
	}
	return total === 0 ? 0 : copied / total;
}

/**
 * Each file's reading, once per page model: a page's file is compared with each of the others. Keyed
 * by the parts object, which the page model builds once per file.
 */
const readings = new WeakMap<TextOf['parts'], Reading>();

function readingOf(parts: TextOf['parts']): Reading {
	let reading = readings.get(parts);
	if (!reading) {
		reading = readingOfProse(proseOf(parts));
		readings.set(parts, reading);
	}
	return reading;
}

/** Unicode scripts of the writing systems that mix several (ICU gives `Hans` for Chinese). */
const scriptOfWriting: Record<string, string> = { Hans: 'Han', Hant: 'Han', Hanb: 'Han', Jpan: 'Han', Kore: 'Hangul' };

/**
 * The Unicode script a language is mostly written in, from its BCP 47 tag (ICU's likely script):
 * `zh-Hans` → `Han`, `fr` → `Latn`, `ar` → `Arab`; undefined when unknown.
 */
export function scriptOf(tag: string): string | undefined {
	const script = likelyScript(tag);
	return script === '' ? undefined : (scriptOfWriting[script] ?? script);
}

/** The share (0 to 1) of the letters of `text` that are in `script` (a Unicode script name or code). */
export function scriptShare(text: string, script: string): number {
	let pattern: RegExp;
	try {
		pattern = new RegExp(`\\p{Script=${script}}`, 'gu');
	} catch {
		return 0;
	}
	const total = letters(text);
	return total === 0 ? 0 : (text.match(pattern)?.length ?? 0) / total;
}

/** A file of a page as the copy check reads it. */
export interface TextOf {
	/** Shown in the reason: `src/content/guides/zh/prep.mdx`. */
	path: string;
	/** The BCP 47 tag of its language. */
	tag: string;
	parts: Pick<TextParts, 'title' | 'description' | 'summary' | 'body'>;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * Why a translation is still, for the most part, not a translation, or undefined when it is one.
 * A copy is not a translation, whatever its `translation.version` says:
 * - the scaffold note of `npm run new-translation` is still there;
 * - more of its letters are in the script of another language's file than in its own language's
 *   script (Chinese text under `es/`);
 * - more than half of its text (by letters) is sentences found unchanged in another language's file
 *   (French text under `es/`: languages written in one script).
 */
export function notTranslatedReason(file: TextOf, others: readonly TextOf[]): string | undefined {
	if (hasScaffoldNote(file.parts.body)) {
		return `it still has the note "${scaffoldStart} …" of npm run new-translation: translate the page, then delete the note`;
	}
	const mine = readingOf(file.parts);
	const prose = mine.prose;
	const own = scriptOf(file.tag);
	let ownShare: number | undefined;
	for (const other of others) {
		const theirs = scriptOf(other.tag);
		if (own && theirs && own !== theirs) {
			const foreign = scriptShare(prose, theirs);
			ownShare ??= scriptShare(prose, own);
			if (foreign > ownShare) {
				return `${percent(foreign)} of its letters are in the script of ${other.path} (${theirs}), not in its own (${own})`;
			}
		}
		const copied = sharedLetters(mine, readingOf(other.parts));
		if (copied > 0.5) return `${percent(copied)} of its text is the same, sentence for sentence, as ${other.path}`;
	}
	return undefined;
}
