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
 * The version of every file in `blobs` (path → the blob it has now, from `git ls-tree`): the newest
 * commit of the log that wrote exactly that blob. The log is
 * `git log -c --raw --no-abbrev --format=%x00commit %H %cs`, newest first; its raw lines
 * (`:100644 100644 <before> <after> M\tpath`, or `::…` for a merge that wrote its own content) name
 * the blob each commit left. Matching the blob, not the first commit that names the path, gives the
 * commit whose file is the text readers get, across merges of branches that both changed it.
 */
export function parseVersions(log: string, blobs: ReadonlyMap<string, string>): Map<string, FileVersion> {
	const versions = new Map<string, FileVersion>();
	for (const block of log.split(marker).slice(1)) {
		const [head = '', ...lines] = block.split('\n');
		const [commit = '', day = ''] = head.trim().split(' ');
		if (!/^[0-9a-f]{40}$/.test(commit) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
		const version = { commit, short: commit.slice(0, 7), date: new Date(`${day}T00:00:00Z`) };
		for (const line of lines.filter((l) => l.startsWith(':'))) {
			const [meta = '', ...paths] = line.split('\t');
			const path = paths.at(-1) ?? '';
			const written = meta.trim().split(/\s+/).at(-2);
			if (!versions.has(path) && written !== undefined && blobs.get(path) === written) versions.set(path, version);
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
 * collections give them), read in one `git log` pass (and one `git ls-tree`) per build. Empty when the history cannot tell:
 * no git, a folder outside the repository, or a shallow clone (a CDN's depth-1 clone would date every
 * file to the last commit). A file changed since its last commit has no version either: the build is
 * not that commit. Pages without a version say "site version built on <day>".
 */
export function readVersions(dir: string, cwd = process.cwd()): Map<string, FileVersion> {
	if (git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() !== 'false') return new Map();
	const log = git(['log', '-c', '--raw', '--no-abbrev', '--relative', '--format=%x00commit %H %cs', '--', dir], cwd);
	const tree = git(['ls-tree', '-r', 'HEAD', '--', dir], cwd);
	if (!log || !tree) return new Map();
	// `<mode> blob <sha>\t<path>`, paths relative to `cwd` as the log's.
	const blobs = new Map(
		tree
			.split('\n')
			.filter(Boolean)
			.map((line) => {
				const [meta = '', path = ''] = line.split('\t');
				return [path, meta.split(' ')[2] ?? ''] as const;
			}),
	);
	const versions = parseVersions(log, blobs);
	// The short format gives paths relative to `cwd`, as the log does (the porcelain one, to the root).
	const changed = git(['status', '--short', '--untracked-files=all', '--', dir], cwd) ?? '';
	for (const line of changed.split('\n')) {
		const path = line.slice(3).trim();
		if (path) versions.delete(path.replace(/^.* -> /, ''));
	}
	return versions;
}
