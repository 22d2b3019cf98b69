import type { Plugin } from 'vite';

/** Vite's helper import in a chunk: `import{t as e}from"./preload-helper.X.js";` (the local name is what counts). */
const helperImport = /import\s*\{\s*(\w+)(?:\s+as\s+(\w+))?\s*\}\s*from\s*["']\.\/preload-helper\.[\w-]+\.js["'];?/;

/**
 * Vite wraps every `import()` of the browser's code in a helper that preloads the imported chunk's
 * dependencies, in a chunk of its own: one more request on every page, for modules this site loads only
 * when a feature is used and that have no dependencies to preload. This replaces the helper with a call
 * of the import itself (`build.modulePreload: false` keeps the helper), and drops its unused chunk.
 */
export function noPreloadHelper(): Plugin {
	return {
		name: 'steel-roses:no-preload-helper',
		apply: 'build',
		// Only the browser's bundle has the helper; the server bundle of the build holds every page's code,
		// which this would otherwise read through, chunk by chunk.
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				let helper: string | undefined;
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk') continue;
					if (/^(?:.*\/)?preload-helper\.[\w-]+\.js$/.test(chunk.fileName)) helper = chunk.fileName;
					const found = helperImport.exec(chunk.code);
					if (!found) continue;
					chunk.code = chunk.code
						.replace(helperImport, `const ${found[2] ?? found[1]}=(load)=>load();`)
						// The list of dependencies to preload, unused now.
						.replace(/^const __vite__mapDeps=.*\n/m, '')
						.replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, 'void 0');
					chunk.imports = chunk.imports.filter((file) => !file.includes('preload-helper.'));
				}
				const stillUsed = Object.values(bundle).some(
					(chunk) => chunk.type === 'chunk' && /["']\.\/preload-helper\./.test(chunk.code),
				);
				// The bundle is Rollup's record of files to write: removing the entry is how a plugin drops a file.
				// eslint-disable-next-line @typescript-eslint/no-dynamic-delete
				if (helper && !stillUsed) delete bundle[helper];
			},
		},
	};
}
