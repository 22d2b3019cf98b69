import { figures, type Figure, type FigureId } from '../data/figures.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { numberFormat } from './intl.ts';

/** Whether `id` is a figure of `src/data/figures.ts`. */
export function isFigureId(id: string): id is FigureId {
	return Object.hasOwn(figures, id);
}

/**
 * A figure with its unit in a language, from the browser's own number rules so that a new language
 * needs no code: `formatFigure({ value: 24, unit: 'hour' }, 'zh')` → `24小时`, `fr` → `24 heures`,
 * `{ value: 1500, unit: 'EUR' }` in `fr` → `1 500 euros`.
 */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>, lang: Lang): string {
	const tag = languages[lang].tag;
	const format =
		figure.unit === 'EUR'
			? numberFormat(tag, {
					style: 'currency',
					currency: 'EUR',
					currencyDisplay: 'name',
					// Whole euros are written without cents: 1 500 euros, not 1 500,00 euros.
					maximumFractionDigits: Number.isInteger(figure.value) ? 0 : 2,
				})
			: numberFormat(tag, { style: 'unit', unit: figure.unit, unitDisplay: 'long' });
	return format.format(figure.value);
}

/** The message for a `<Fig id>` that is not in the list, naming the ids there are. */
export function unknownFigureMessage(id: string): string {
	return (
		`<Fig id="${id}">: no such figure in src/data/figures.ts. Figures are: ${Object.keys(figures).join(', ')}. ` +
		'Use one of them, or write the number with a reference mark to its source, e.g. 24 heures[^cpp-63].'
	);
}

/** A shared figure as text in a language, for data files such as the glossary: `figureText('gav-hours', 'fr')` → `24 heures`. */
export function figureText(id: FigureId, lang: Lang): string {
	return formatFigure(figures[id], lang);
}
