import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
	ok: boolean;
	/** Everything the build printed, for asserting error messages. */
	output: string;
	outDir: string;
}

/**
 * Runs `astro build` as a user would, with its own output and cache folders so that several builds
 * (the site, the site under a base path, fixture sites) never share state. `project` is the folder
 * of the project to build (a copy of it, for a site with another language list).
 */
export function build(
	env: Record<string, string>,
	outDir = mkdtempSync(join(tmpdir(), 'roses-dist-')),
	project = process.cwd(),
): Promise<BuildResult> {
	return new Promise((done) => {
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			cwd: project,
			env: {
				...process.env,
				// vitest sets NODE_ENV=test; build what a deploy builds.
				NODE_ENV: 'production',
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				OUT_DIR: outDir,
				ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'roses-cache-')),
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => done({ ok: code === 0, output, outDir }));
	});
}
