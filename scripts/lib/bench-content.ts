/**
 * The generated content of `npm run bench` (scripts/bench.ts): a large synthetic site made of the real
 * pages' text, recombined, in a folder of its own (never the repository's content).
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { langs } from '../../src/i18n/languages.ts';
import { frontmatterOf } from '../../src/lib/content-checks.ts';
import { readContent } from '../../src/lib/content-files.ts';

/** Paragraph blocks of the real pages of one language, to recombine (Markdown and MDX components as written). */
function blocks(lang: string): string[] {
	return (
		readContent()
			.filter((f) => f.lang === lang && f.collection === 'guides')
			.flatMap((f) => f.body.split(/\n{2,}/))
			.filter((b) => b.trim() && !b.startsWith('{/*') && !/^<GetHelp|^<\/GetHelp|^<Callout|^<\/Callout/.test(b.trim()))
			// A heading's own id (`{/* #phrases */}`) would come twice when its block does: ids from the words instead.
			.map((b) => b.replace(/\s*\{\/\*\s*#[\w-]+\s*\*\/\}/g, ''))
	);
}

/**
 * A page of realistic length: the front matter of a real guide and 14 blocks of real text. The blocks
 * come from several guides, so the page lists the sources its text cites, taken from every guide of its
 * language (the first of each id): each reference mark then points to a source of its page, as the build
 * requires, and the page lists about as many sources as a real guide (5 to 20), not every source of the
 * language (146 in each, which made the front matter of every page several times a real one's).
 */
export function generate(dir: string, perLanguage: number) {
	cpSync('src/content', dir, { recursive: true });
	const originals = readContent().filter((f) => f.collection === 'guides');
	// Languages with guides of their own: a language just added has none yet.
	for (const lang of langs.filter((l) => originals.some((f) => f.lang === l))) {
		const text = blocks(lang);
		const fronts = originals.filter((f) => f.lang === lang);
		const sources = new Map<string, { id: string }>();
		for (const file of fronts) {
			const data = parse(frontmatterOf(file.raw)?.yaml ?? '') as { sources?: { id: string }[] };
			for (const source of data.sources ?? []) if (!sources.has(source.id)) sources.set(source.id, source);
		}
		for (let i = 0; i < perLanguage; i++) {
			const model = fronts[i % fronts.length]!;
			const data = parse(frontmatterOf(model.raw)?.yaml ?? '') as Record<string, unknown>;
			const body = Array.from({ length: 14 }, (_, k) => text[(i * 7 + k * 13) % text.length]).join('\n\n');
			const { translation: _translation, sources: _sources, ...rest } = data;
			const cited = new Set([...(stringify(rest) + body).matchAll(/\[\^([\w-]+)\]/g)].map((m) => m[1]));
			const front = {
				...rest,
				title: `${String(data['title']).slice(0, 70)} ${i}`,
				// A page that cites nothing still lists one source, as the schema requires.
				sources: [...sources.values()].filter((source, n) => cited.has(source.id) || (cited.size === 0 && n === 0)),
				// One page in every language: the first language's is the original, the others translate it.
				...(lang === langs[0] ? {} : { translation: { from: langs[0], version: '000000000000' } }),
			};
			mkdirSync(join(dir, 'guides', lang), { recursive: true });
			writeFileSync(
				join(dir, 'guides', lang, `bench-${i}.mdx`),
				`---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`,
			);
		}
	}
}
