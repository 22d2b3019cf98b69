import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { inTurn, mdxInTurn, mdxPluginName } from '../../src/integrations/mdx-in-turn.ts';

/** A task that records how many tasks run beside it, and ends when told. */
function tracked() {
	let running = 0;
	let most = 0;
	const ends: (() => void)[] = [];
	const task = (value: number) => async () => {
		running++;
		most = Math.max(most, running);
		await new Promise<void>((end) => ends.push(end));
		running--;
		return value;
	};
	return { task, ends, most: () => most };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('MDX files compile a few at a time', () => {
	it('runs at most the given number of tasks at once, every task, each with its own result', async () => {
		const queue = inTurn(3);
		const { task, ends, most } = tracked();
		const results = Array.from({ length: 10 }, (_, i) => queue(task(i)));
		for (let round = 0; round < 10; round++) {
			await settle();
			ends.shift()?.();
		}
		expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(most()).toBe(3);
	});

	it('goes on after a task fails', async () => {
		const queue = inTurn(1);
		const failed = queue(() => Promise.reject(new Error('bad file')));
		const next = queue(() => Promise.resolve('next'));
		await expect(failed).rejects.toThrow('bad file');
		expect(await next).toBe('next');
	});

	it("queues @astrojs/mdx's compiler, whose results are unchanged", async () => {
		const handler = (code: string) => Promise.resolve(`compiled ${code}`);
		const mdx = { name: mdxPluginName, transform: { filter: { id: /\.mdx$/ }, handler } } as unknown as Plugin;
		const config = { plugins: [mdx] } as unknown as ResolvedConfig;
		(mdxInTurn(2).configResolved as (config: ResolvedConfig) => void)(config);
		const wrapped = (mdx.transform as unknown as { handler: typeof handler }).handler;
		expect(wrapped).not.toBe(handler);
		expect(await wrapped('a.mdx')).toBe('compiled a.mdx');
		// A second Vite environment resolves the same plugin: it is not queued twice.
		(mdxInTurn(2).configResolved as (config: ResolvedConfig) => void)(config);
		expect((mdx.transform as unknown as { handler: typeof handler }).handler).toBe(wrapped);
	});

	it('stops the build, saying what to update, when @astrojs/mdx has renamed its plugin', () => {
		const config = { plugins: [{ name: 'renamed-mdx' }] } as unknown as ResolvedConfig;
		expect(() => (mdxInTurn().configResolved as (config: ResolvedConfig) => void)(config)).toThrow(
			/no Vite plugin named "@mdx-js\/rolldown".*update mdxPluginName/s,
		);
	});
});
