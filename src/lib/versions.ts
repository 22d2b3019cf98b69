import { execFileSync } from 'node:child_process';

/** The version of a content file: the commit of its last change, and that commit's day. */
export interface FileVersion {
	commit: string;
	/** The first 7 characters of the commit, as git and GitHub show it. */
	short: string;
	date: Date;
}

/** The marker that starts each commit in the log read below (never in a path). */
const marker = '\u0000commit ';

/**
 * The newest version of every file in the output of
 * `git log --format=%x00commit %H %cs --name-only`: the log lists commits newest first, so the first
 * commit that names a file is its last change.
 */
export function parseVersions(log: string): Map<string, FileVersion> {
	const versions = new Map<string, FileVersion>();
	for (const block of log.split(marker).slice(1)) {
		const [head = '', ...files] = block.split('\n');
		const [commit = '', day = ''] = head.trim().split(' ');
		if (!/^[0-9a-f]{40}$/.test(commit) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
		const version = { commit, short: commit.slice(0, 7), date: new Date(`${day}T00:00:00Z`) };
		for (const file of files.map((line) => line.trim()).filter(Boolean)) {
			if (!versions.has(file)) versions.set(file, version);
		}
	}
	return versions;
}

function git(args: string[], cwd: string): string | undefined {
	try {
		return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch {
		return undefined;
	}
}

/**
 * The version of every committed, unchanged file under `dir` (paths relative to `cwd`, as the content
 * collections give them), read in one `git log` pass per build. Empty when the history cannot tell:
 * no git, a folder outside the repository, or a shallow clone (a CDN's depth-1 clone would date every
 * file to the last commit). A file changed since its last commit has no version either: the build is
 * not that commit. Pages without a version say "site version built on <day>".
 */
export function readVersions(dir: string, cwd = process.cwd()): Map<string, FileVersion> {
	if (git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() !== 'false') return new Map();
	const log = git(['log', '--relative', '--format=%x00commit %H %cs', '--name-only', '--', dir], cwd);
	if (!log) return new Map();
	const versions = parseVersions(log);
	// The short format gives paths relative to `cwd`, as the log does (the porcelain one, to the root).
	const changed = git(['status', '--short', '--untracked-files=all', '--', dir], cwd) ?? '';
	for (const line of changed.split('\n')) {
		const path = line.slice(3).trim();
		if (path) versions.delete(path.replace(/^.* -> /, ''));
	}
	return versions;
}
