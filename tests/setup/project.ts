import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A copy of the project's code in `dir` (what a clone holds, without its content, tests and docs),
 * sharing the installed packages, so a test can change the language list as a maintainer would
 * without touching the real files.
 */
export function copyProject(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const part of ['astro.config.ts', 'package.json', 'tsconfig.json', 'public', 'scripts', 'src']) {
		cpSync(part, join(dir, part), {
			recursive: true,
			filter: (source) => source !== join('src', 'content') && !source.startsWith(join('src', 'content', '/')),
		});
	}
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Runs a project script (`scripts/<name>.ts`) in a project folder; throws with its output when it fails. */
export function runScript(project: string, name: string, args: string[], env: Record<string, string> = {}): string {
	const script = join(project, 'scripts', `${name}.ts`);
	if (!existsSync(script)) throw new Error(`No script ${script}`);
	try {
		return execFileSync(process.execPath, ['--experimental-strip-types', script, ...args], {
			cwd: project,
			env: { ...process.env, ...env },
			encoding: 'utf8',
			stdio: 'pipe',
		});
	} catch (error) {
		const failure = error as { stdout?: string; stderr?: string };
		throw new Error(`scripts/${name}.ts ${args.join(' ')} failed:\n${failure.stdout ?? ''}${failure.stderr ?? ''}`, {
			cause: error,
		});
	}
}
