/**
 * The same generated content as a Starlight site, for `npm run bench -- --compare starlight`: every
 * content file of the bench's content folder becomes a Starlight page (`src/content/docs/<lang>/<slug>.mdx`)
 * with the same front matter and body, in a project of its own.
 *
 * Starlight is pinned in this repository's devDependencies (it installs next to this site's Astro
 * without changing any other package). The project is a temporary folder inside the repository
 * (`.bench/`, ignored by Git and the linters), so that Node and Vite find its packages in this
 * repository's `node_modules` as in a workspace: through a link to `node_modules` from the system's
 * temporary folder, Vite resolves Starlight's components under two paths and the build fails. Its
 * caches stay inside that folder. Starlight runs with its defaults (the sidebar lists
 * every page, Pagefind indexes the site), as a site made with it would.
 *
 * The content's own components (`<Term>`, `<Tel>`, `<Phrase>`, `<Fig>`…) become small stand-ins that
 * print their words, so that Starlight renders the same MDX; reference marks (`[^id]`) stay as text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { langs, languages } from '../../src/i18n/languages.ts';
import { frontmatterOf } from '../../src/lib/content-checks.ts';

/** Stand-ins for the content's components: the words they show, none of the site's logic. */
const components: Record<string, string> = {
	Callout: `---\nconst { title } = Astro.props;\n---\n<aside>{title && <p><strong>{title}</strong></p>}<slot /></aside>\n`,
	Fig: `---\nconst { id } = Astro.props;\n---\n<span class="fig">{id}</span>\n`,
	GetHelp: `<aside class="get-help"><slot /></aside>\n`,
	Phrase: `---\nconst { fr } = Astro.props;\n---\n<span class="phrase"><span lang="fr">{fr}</span> <slot /></span>\n`,
	PressContact: `<p class="press-contact"></p>\n`,
	PressKit: `<p class="press-kit"></p>\n`,
	Tel: `---\nconst { number } = Astro.props;\n---\n<a href={\`tel:\${number}\`}>{number}</a>\n`,
	Term: `---\nconst { id } = Astro.props;\n---\n<span class="term">{Astro.slots.has('default') ? <slot /> : id}</span>\n`,
};

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
}

/** Writes the Starlight project into `dir` from the bench's content folder; returns how many pages it has. */
export function writeStarlightSite(dir: string, content: string): number {
	mkdirSync(join(dir, 'src', 'components'), { recursive: true });
	// Its dependencies named as a Starlight site names them: Astro bundles the packages a site depends on
	// that build on Astro (Starlight's modules import virtual modules, which Node cannot load).
	const versions = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string>>;
	const dependencies = Object.fromEntries(
		['@astrojs/starlight', 'astro'].map((name) => [
			name,
			versions['devDependencies']?.[name] ?? versions['dependencies']?.[name],
		]),
	);
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies }),
	);
	const locales = Object.fromEntries(
		langs.map((lang) => [lang, { label: languages[lang].name, lang: languages[lang].tag }]),
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'http://localhost:4321',
	outDir: process.env.OUT_DIR,
	// Inside the temporary folder, not in the repository's node_modules.
	cacheDir: './.astro-cache',
	vite: { cacheDir: './.vite-cache' },
	integrations: [starlight({ title: 'Steel Roses', defaultLocale: ${JSON.stringify(langs[0])}, locales: ${JSON.stringify(locales)} })],
});
`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	for (const [name, code] of Object.entries(components))
		writeFileSync(join(dir, 'src', 'components', `${name}.astro`), code);
	const imports = Object.keys(components)
		.map((name) => `import ${name} from '../../../components/${name}.astro';`)
		.join('\n');
	let pages = 0;
	for (const file of mdxFiles(content)) {
		// <collection>/<lang>/<slug>.mdx: one Starlight page per file, the collections side by side.
		const [collection, lang] = file.split(/[\\/]/);
		if (!collection || !lang || !(langs as readonly string[]).includes(lang)) continue;
		const raw = readFileSync(join(content, file), 'utf8');
		const front = frontmatterOf(raw);
		// The front matter as it is (Starlight reads its title and description and drops the other fields,
		// after parsing them all, as this site does), then the components' imports, then the same body.
		const head = front ? raw.slice(0, front.end) : '---\ntitle: untitled\n---\n';
		const body = front ? raw.slice(front.end) : raw;
		const slug = `${collection === 'guides' ? '' : `${collection}-`}${basename(file, '.mdx')}`;
		mkdirSync(join(dir, 'src', 'content', 'docs', lang), { recursive: true });
		writeFileSync(join(dir, 'src', 'content', 'docs', lang, `${slug}.mdx`), `${head}\n${imports}\n${body}`);
		pages++;
	}
	return pages;
}
