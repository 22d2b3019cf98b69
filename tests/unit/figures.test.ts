import { describe, expect, it } from 'vitest';
import { figures } from '../../src/data/figures.ts';
import { langs } from '../../src/i18n/languages.ts';
import { formatFigure, isFigureId, unknownFigureMessage } from '../../src/lib/figures.ts';
import { isPrimary, sourceProblems } from '../../src/lib/sources.ts';

describe('shared figures', () => {
	it('each rest on a sound primary source (law, official or operator)', () => {
		for (const [id, figure] of Object.entries(figures)) {
			expect(isPrimary(figure.source.kind), id).toBe(true);
			expect(sourceProblems(figure.source), id).toEqual([]);
		}
	});

	it('print with their unit in each language, from the browser’s own rules', () => {
		const plain = (text: string) => text.replace(/\s/g, ' ');
		expect(formatFigure({ value: 24, unit: 'hour' }, 'zh')).toBe('24小时');
		expect(plain(formatFigure({ value: 24, unit: 'hour' }, 'fr'))).toBe('24 heures');
		expect(plain(formatFigure({ value: 24, unit: 'hour' }, 'en'))).toBe('24 hours');
		expect(formatFigure({ value: 30, unit: 'day' }, 'zh')).toBe('30天');
		expect(plain(formatFigure({ value: 1500, unit: 'EUR' }, 'fr'))).toBe('1 500 euros');
		expect(formatFigure({ value: 1500, unit: 'EUR' }, 'zh')).toBe('1,500欧元');
		expect(plain(formatFigure({ value: 343.2, unit: 'EUR' }, 'fr'))).toBe('343,20 euros');
	});

	it('print in every language of the site without a language-specific list', () => {
		for (const lang of langs) {
			for (const figure of Object.values(figures)) expect(formatFigure(figure, lang)).toMatch(/\d/);
		}
	});

	it('are looked up by id, and an unknown id names the ones there are', () => {
		expect(isFigureId('gav-hours')).toBe(true);
		expect(isFigureId('toString')).toBe(false);
		expect(unknownFigureMessage('gav')).toContain('Figures are: gav-hours, ');
	});
});
