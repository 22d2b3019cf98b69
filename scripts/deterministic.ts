/**
 * Shows that the build is deterministic: builds the same commit twice into two folders and compares
 * every file. Nothing is expected to differ (the "accessed" date of citations comes from the last
 * commit, or SOURCE_DATE_EPOCH, not from the clock).
 *
 *   npm run deterministic
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from './lib/dist.ts';

/** Files allowed to differ between two builds of one commit, with the reason. None so far. */
const mayDiffer: Record<string, string> = {};

function buildInto(): string {
	const out = mkdtempSync(join(tmpdir(), 'roses-determinism-'));
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		env: {
			...process.env,
			OUT_DIR: out,
			ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'roses-cache-')),
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (run.status !== 0) process.exit(run.status ?? 1);
	return out;
}

const hashes = (dir: string) =>
	new Map(
		listFiles(dir).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('hex'),
		]),
	);
const first = hashes(buildInto());
const second = hashes(buildInto());
const names = [...new Set([...first.keys(), ...second.keys()])].sort();
const different = names.filter((name) => first.get(name) !== second.get(name));
const unexpected = different.filter((name) => !Object.keys(mayDiffer).some((pattern) => name.startsWith(pattern)));
console.log(`${names.length} files compared between two builds: ${different.length} differ.`);
for (const name of different) console.log(`  ${name}${mayDiffer[name] ? ` (expected: ${mayDiffer[name]})` : ''}`);
process.exit(unexpected.length ? 1 : 0);
