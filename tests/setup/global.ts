import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';
import { build } from './build.ts';
import { repoUrl, siteDir, sites, siteUrl, type SiteName } from './sites.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		urls: Record<SiteName, string>;
	}
}

/**
 * Builds each test site once (unless TEST_REUSE_BUILD=1 and it exists), then serves each on a free
 * port of 127.0.0.1 for the whole run.
 */
export default async function setup(project: TestProject) {
	// TEST_SITES=fixture builds only some sites, when working on the tests of one of them.
	const only = process.env['TEST_SITES']?.split(',');
	const names = (Object.keys(sites) as SiteName[]).filter((name) => !only || only.includes(name));
	for (const name of names) {
		const { base, content } = sites[name];
		const dir = siteDir(name);
		if (process.env['TEST_REUSE_BUILD'] === '1' && existsSync(`${dir}/index.html`)) continue;
		const started = Date.now();
		const result = await build(
			{ BASE_PATH: base, CONTENT_DIR: content, SITE_URL: siteUrl, REPO_URL: repoUrl, SOURCE_DATE_EPOCH: '1795824000' },
			dir,
		);
		if (!result.ok) throw new Error(`Building the ${name} test site failed:\n${result.output}`);
		console.log(`built the ${name} test site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	const servers: Server[] = [];
	const urls = {} as Record<SiteName, string>;
	for (const name of names) {
		const { server, url } = await serve({ dir: siteDir(name), base: sites[name].base });
		servers.push(server);
		urls[name] = url;
	}
	project.provide('urls', urls);
	return () => Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
}
