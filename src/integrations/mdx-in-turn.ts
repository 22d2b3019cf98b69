import type { Plugin } from 'vite';

/** The name of @astrojs/mdx's Vite plugin, which compiles each `.mdx` file. */
export const mdxPluginName = '@mdx-js/rolldown';

/** How many `.mdx` files compile at once: 2, 8 and 32 bundled equally fast (`npm run bench`). */
export const mdxAtOnce = 8;

type Handler = (this: unknown, ...args: unknown[]) => Promise<unknown>;

/**
 * The bundler asks for every `.mdx` file as soon as it finds it, and @astrojs/mdx starts compiling each at
 * once: with 1,000 pages per language, all 3,060 files were being compiled together, each holding its
 * trees until the last had finished. Compiled a few at a time, the bundle step's peak memory was about
 * 500 MiB lower, and the step was no slower (docs/architecture.md, "Build memory").
 *
 * This wraps that plugin's `transform` in a queue; what each file compiles to is unchanged. If the plugin
 * is not found (a new @astrojs/mdx may rename it), the build stops and says so, rather than quietly
 * compiling everything at once again.
 */
export function mdxInTurn(atOnce = mdxAtOnce): Plugin {
	return {
		name: 'steel-roses:mdx-in-turn',
		apply: 'build',
		configResolved(config) {
			const mdx = config.plugins.find((plugin) => plugin.name === mdxPluginName);
			const transform = mdx?.transform;
			if (!transform || typeof transform !== 'object' || typeof transform.handler !== 'function') {
				throw new Error(
					`src/integrations/mdx-in-turn.ts: @astrojs/mdx has no Vite plugin named "${mdxPluginName}" with a transform ` +
						'handler any more. Find its new name in node_modules/@astrojs/mdx/dist/ and update mdxPluginName.',
				);
			}
			const handler = transform.handler as Handler;
			if ((handler as { inTurn?: true }).inTurn) return;
			const queue = inTurn(atOnce);
			const wrapped: Handler = function (this: unknown, ...args) {
				return queue(() => handler.apply(this, args));
			};
			(wrapped as { inTurn?: true }).inTurn = true;
			(transform as { handler: Handler }).handler = wrapped;
		},
	};
}

/** Runs the tasks given to it, at most `atOnce` at a time, in the order given. */
export function inTurn(atOnce: number) {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async <T>(task: () => Promise<T>): Promise<T> => {
		// A task that ends hands its place to the first one waiting, so that no newcomer slips in between.
		if (running >= atOnce) await new Promise<void>((go) => waiting.push(go));
		else running++;
		try {
			return await task();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else running--;
		}
	};
}
