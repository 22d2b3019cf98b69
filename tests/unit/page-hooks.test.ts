import { describe, expect, it } from 'vitest';
import { hookAttributes, hooks, hookSelector, type HookName } from '../../src/lib/page-hooks.ts';

/** The HTML standard's rule by which `element.dataset` names a `data-*` attribute (`data-no-space` → `noSpace`). */
const datasetName = (attribute: string) =>
	attribute.slice('data-'.length).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

describe('the data-* contract between components and browser scripts', () => {
	const names = Object.keys(hooks) as HookName[];

	it.each(names)('%s: every value a component writes is read back under the same name by dataset', (name) => {
		const values = Object.fromEntries(hooks[name].values.map((key: string) => [key, `text of ${key}`]));
		const attributes = hookAttributes(name, values as never);
		expect(attributes[hooks[name].marker]).toBe('');
		const read = Object.fromEntries(
			Object.entries(attributes)
				.filter(([attribute]) => attribute !== hooks[name].marker)
				.map(([attribute, value]) => [datasetName(attribute), value]),
		);
		expect(read).toEqual(values);
	});

	it('gives each kind of element its own marker, found by its selector', () => {
		const markers = names.map((name) => hooks[name].marker);
		expect(new Set(markers).size).toBe(markers.length);
		for (const name of names) expect(hookSelector(name)).toBe(`[${hooks[name].marker}]`);
	});
});
