import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../setup/dist.ts';

describe('a glossary term on a page', () => {
	it('shows its French once, at the first mention, and alone where the writer put it in brackets', () => {
		const { root } = builtPage('fixture', '/zh/police-custody/');
		const terms = root.querySelectorAll('article a.term');
		expect(terms.map((a) => a.text)).toEqual(['拘留（garde à vue）', '拘留', 'SAMU']);
		expect(terms.map((a) => a.querySelector('[lang="fr"]')?.text)).toEqual(['garde à vue', undefined, 'SAMU']);
		for (const a of terms) expect(a.getAttribute('href')).toMatch(/^\/zh\/glossary\/#(garde-a-vue|samu)$/);
	});

	it('leaves no nested brackets and no 「」 in the Chinese pages of the fixture site', () => {
		const pages = builtPages('fixture').filter((p) => p.path.startsWith('/zh/') && p.root.querySelector('article'));
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) {
			const text = page.root.querySelector('article')!.text;
			expect(text, page.path).not.toMatch(/（[^（）]*（|[「」]/);
		}
	});

	it('is listed in the glossary with its short French, and the full French name once', () => {
		const entry = builtPage('fixture', '/zh/glossary/').root.querySelector('#oqtf')!;
		expect(entry.querySelector('dt')?.text.trim()).toBe('离境令（OQTF）');
		expect(entry.querySelector('dd.original [lang="fr"]')?.text).toBe(
			'OQTF (obligation de quitter le territoire français)',
		);
		const custody = builtPage('fixture', '/zh/glossary/').root.querySelector('#garde-a-vue')!;
		expect(custody.querySelector('dt')?.text.trim()).toBe('拘留（garde à vue）');
		expect(custody.querySelector('dd.original')).toBeNull();
	});
});
