import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BuildResult {
	ok: boolean;
	/** Everything the build printed, for asserting error messages. */
	output: string;
	outDir: string;
}

/**
 * Astro writes some build state into the project's own `.astro/` folder (the list of content modules,
 * the prerender chunks), whatever the output and cache folders: two builds at once, from two test files,
 * would compile each other's content. One build at a time, across processes: a lock folder, atomic to
 * create, holding the owner's process id so that a lock left by a killed run is taken over.
 */
const lock = join(process.cwd(), '.astro', 'test-build.lock');

async function acquireBuildLock(): Promise<() => void> {
	mkdirSync(dirname(lock), { recursive: true });
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			return () => rmSync(lock, { recursive: true, force: true });
		} catch {
			if (lockIsStale()) rmSync(lock, { recursive: true, force: true });
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
}

/** Whether the lock was left by a process that is gone, or is older than any build. */
function lockIsStale(): boolean {
	try {
		if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) return true;
		process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
		return false;
	} catch (error) {
		// No such process: stale. No pid file yet, or no lock any more: not stale.
		return (error as NodeJS.ErrnoException).code === 'ESRCH';
	}
}

/**
 * Runs `astro build` as a user would, with its own output and cache folders so that several builds
 * (the site, the site under a base path, fixture sites) never share state, one at a time. `project` is
 * the folder of the project to build (a copy of it, for a site with another language list).
 */
export async function build(
	env: Record<string, string>,
	outDir = mkdtempSync(join(tmpdir(), 'roses-dist-')),
	project = process.cwd(),
): Promise<BuildResult> {
	const release = await acquireBuildLock();
	try {
		return await runBuild(env, outDir, project);
	} finally {
		release();
	}
}

function runBuild(env: Record<string, string>, outDir: string, project: string): Promise<BuildResult> {
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
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('close', (code) => done({ ok: code === 0, output, outDir }));
	});
}
