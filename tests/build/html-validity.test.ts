import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../setup/sites.ts';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

// The checker reads a whole site per test: slow on a shared machine.
describe('valid HTML (the Nu HTML Checker)', { timeout: 180_000 }, () => {
	it.each(['root', 'fixture', 'added'] as const)('finds no error in any page of the %s site', (site) => {
		let output = '';
		try {
			execFileSync('java', ['-jar', vnu, '--skip-non-html', '--errors-only', '--format', 'gnu', siteDir(site)], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
			});
		} catch (error) {
			const failure = error as { stdout?: string; stderr?: string; code?: string };
			if (failure.code === 'ENOENT')
				throw new Error(
					'Java is needed for the HTML checker: install it (Debian: `apt-get install default-jre-headless`).',
					{ cause: error },
				);
			output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
		}
		expect(output.split('\n').filter(Boolean)).toEqual([]);
	});
});
