import { describe, expect, it } from 'vitest';
import { parseVersions } from '../../src/lib/versions.ts';

const [a, b, c] = ['a', 'b', 'c'].map((x) => x.repeat(40)) as [string, string, string];
const blob = (n: number) => String(n).repeat(40);
const fr = 'src/content/guides/fr/pep.mdx';
const zh = 'src/content/guides/zh/pep.mdx';

/** A log as `git log -c --raw --no-abbrev --format=%x00commit %H %cs` prints it, newest first. */
const log = [
	`\u0000commit ${a} 2026-11-30`,
	'',
	`:100644 100644 ${blob(2)} ${blob(3)} M\t${fr}`,
	`\u0000commit ${c} 2026-11-29`,
	'',
	// Another branch changed the Chinese file later than the commit whose text was kept by the merge.
	`:100644 100644 ${blob(4)} ${blob(9)} M\t${zh}`,
	`\u0000commit ${b} 2026-11-28`,
	'',
	`:100644 100644 ${blob(1)} ${blob(2)} M\t${fr}`,
	`:000000 100644 ${'0'.repeat(40)} ${blob(5)} A\t${zh}`,
	'',
].join('\n');

describe('the version of a content file', () => {
	it('is the newest commit that wrote the text the file has now', () => {
		const versions = parseVersions(
			log,
			new Map([
				[fr, blob(3)],
				[zh, blob(5)],
			]),
		);
		expect(versions.get(fr)).toEqual({ commit: a, short: 'aaaaaaa', date: new Date(Date.UTC(2026, 10, 30)) });
		expect(versions.get(zh)?.commit).toBe(b);
	});

	it('is unknown for a file whose text no commit of the log wrote, or without a log', () => {
		expect(parseVersions(log, new Map([[fr, blob(7)]])).has(fr)).toBe(false);
		expect(parseVersions('', new Map([[fr, blob(3)]])).size).toBe(0);
		expect(parseVersions('fatal: not a git repository', new Map()).size).toBe(0);
	});
});
