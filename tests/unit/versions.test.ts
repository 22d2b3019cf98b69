import { describe, expect, it } from 'vitest';
import { parseVersions } from '../../src/lib/versions.ts';

const a = 'a'.repeat(40);
const b = 'b'.repeat(40);

describe('the version of a content file', () => {
	it('is the newest commit that names it in the log', () => {
		const log = [
			`\u0000commit ${a} 2026-11-30`,
			'',
			'src/content/guides/fr/pep.mdx',
			`\u0000commit ${b} 2026-11-28`,
			'',
			'src/content/guides/fr/pep.mdx',
			'src/content/guides/zh/pep.mdx',
			'',
		].join('\n');
		const versions = parseVersions(log);
		expect(versions.get('src/content/guides/fr/pep.mdx')).toEqual({
			commit: a,
			short: 'aaaaaaa',
			date: new Date(Date.UTC(2026, 10, 30)),
		});
		expect(versions.get('src/content/guides/zh/pep.mdx')?.commit).toBe(b);
		expect(versions.has('src/content/guides/en/pep.mdx')).toBe(false);
	});

	it('is unknown when the log is empty or not a log', () => {
		expect(parseVersions('').size).toBe(0);
		expect(parseVersions('fatal: not a git repository').size).toBe(0);
	});
});
