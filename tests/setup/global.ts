import { cpSync, existsSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';
import { build } from './build.ts';
import { copyProject, runScript } from './project.ts';
import {
	addedLanguage,
	logFile,
	pressContact,
	modelFile,
	projectDir,
	repoUrl,
	siteDir,
	siteNames,
	sites,
	siteUrl,
	type SiteName,
} from './sites.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		urls: Record<SiteName, string>;
	}
}

/**
 * The site with one more language: a copy of the project where a maintainer ran
 * `npm run add-language`, with the fixture content, where a translator ran `npm run new-translation`
 * and left the copy untranslated.
 */
function prepareAddedLanguage() {
	const project = projectDir('added');
	copyProject(project);
	runScript(project, 'add-language', [addedLanguage.code, addedLanguage.name]);
	cpSync('tests/fixtures/site', join(project, sites.added.content), { recursive: true });
	runScript(project, 'new-translation', [addedLanguage.code, 'about-us'], { CONTENT_DIR: sites.added.content });
}

/**
 * Builds each test site once (unless TEST_REUSE_BUILD=1 and it exists), writes its page model as the
 * translators' script reports it, then serves each on a free port of 127.0.0.1 for the whole run.
 */
export default async function setup(project: TestProject) {
	// TEST_SITES=fixture builds only some sites, when working on the tests of one of them.
	for (const name of siteNames) {
		const { base, content, repo } = sites[name];
		const dir = siteDir(name);
		const reuse = process.env['TEST_REUSE_BUILD'] === '1' && existsSync(`${dir}/index.html`);
		if (!reuse) {
			const started = Date.now();
			if (name === 'added') prepareAddedLanguage();
			const result = await build(
				{
					BASE_PATH: base,
					CONTENT_DIR: content,
					SITE_URL: siteUrl,
					// Without a repository, also in GitHub Actions (whose variables would name one).
					...(repo ? { REPO_URL: repoUrl } : { REPO_URL: '', GITHUB_REPOSITORY: '' }),
					PRESS_CONTACT: name === 'fixture' ? pressContact : '',
					SOURCE_DATE_EPOCH: '1795824000',
				},
				dir,
				projectDir(name),
			);
			if (!result.ok) throw new Error(`Building the ${name} test site failed:\n${result.output}`);
			writeFileSync(logFile(name), result.output);
			console.log(`built the ${name} test site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		}
		writeFileSync(modelFile(name), runScript(projectDir(name), 'translations', ['--json'], { CONTENT_DIR: content }));
	}
	const servers: Server[] = [];
	const urls = {} as Record<SiteName, string>;
	for (const name of siteNames) {
		const { server, url } = await serve({ dir: siteDir(name), base: sites[name].base });
		servers.push(server);
		urls[name] = url;
	}
	project.provide('urls', urls);
	return () => Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
}
