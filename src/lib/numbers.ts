import { phoneNumbers } from '../data/phone-numbers.ts';
import { languages, langs } from '../i18n/languages.ts';
import { withoutMarks } from './references.ts';
import { dateFormat } from './intl.ts';

/**
 * The numbers a text states, written the same way whatever the language, so that a translation can be
 * compared with its original: `1 500 €`, `1,500 euros` and `1500欧元` are all `1500`; `13 avril 2016`,
 * `13 April 2016` and `2016年4月13日` are all `13`, `4`, `2016`.
 */

/** Addresses are not statements: their digits are left out. */
const urlPattern = /(?:https?:\/\/|www\.)\S+/giu;

/** Month names (long and short) of every language of the site, from the browser's own calendar data. */
const monthNumbers: Map<string, number> = (() => {
	const names = new Map<string, number>();
	for (const lang of langs) {
		for (const month of ['long', 'short'] as const) {
			const format = dateFormat(languages[lang].tag, { month, timeZone: 'UTC' });
			for (let m = 0; m < 12; m++) {
				const name = format
					.format(new Date(Date.UTC(2000, m, 1)))
					.toLowerCase()
					.replace(/\.$/, '');
				// Chinese month names are written with digits in dates (4月); a bare 四月 is not a date.
				if (/\p{L}/u.test(name) && !/\d/.test(name)) names.set(name, m + 1);
			}
		}
	}
	return names;
})();

const monthPattern = new RegExp(
	`(?<!\\p{L})(${[...monthNumbers.keys()]
		.sort((a, b) => b.length - a.length)
		.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|')})\\.?(?!\\p{L})`,
	'giu',
);

/**
 * Replaces month names that stand in a date (`13 avril`, `April 13`, `avril 2016`) with their number,
 * leaving words that only look like months (`you may ask`) alone.
 */
function monthsToNumbers(text: string): string {
	return text.replace(monthPattern, (name: string, word: string, offset: number) => {
		const before = text.slice(Math.max(0, offset - 8), offset);
		const after = text.slice(offset + name.length, offset + name.length + 3);
		const inDate = /\d(?:er|re|st|nd|rd|th)?\s*$/i.test(before) || /^\s*\d/.test(after);
		const number = monthNumbers.get(word.toLowerCase());
		return inDate && number ? ` ${number} ` : name;
	});
}

/** `0800` → `800`, `2.50` → `2.5`, `3.0` → `3`: one way to write each number. */
function canonical(whole: string, decimals = ''): string {
	const integer = whole.replace(/^0+(?=\d)/, '');
	const fraction = decimals.replace(/0+$/, '');
	return fraction ? `${integer}.${fraction}` : integer;
}

/**
 * Every number a text states, in a canonical form. Thousands separators (`1 500`, `1,500`, `1.500`),
 * decimal commas (`0,5`), ordinals (`1er`, `2nd`), phone numbers written with spaces (`0 800 840 800`),
 * article numbers (`L425-1` → `425`, `1`), percentages and dates written in words are understood; the
 * digits of marks (`[^cpp-63]`) and addresses are not numbers of the text.
 */
export function numbersIn(text: string): string[] {
	// NFKC turns full-width digits into 0-9 and no-break spaces into spaces.
	const plain = twelveHourAndMyriads(monthsToNumbers(withoutMarks(text.normalize('NFKC')).replace(urlPattern, ' ')));
	const numbers: string[] = [];
	for (const match of plain.matchAll(
		/(?<!\d)(?:(\d{1,3}(?:([ ,.])\d{3})(?:\2\d{3})*)(?:[.,](\d+))?|(\d+)(?:[.,](\d+))?)(?!\d)/g,
	)) {
		if (isNamePart(plain.slice(0, match.index))) continue;
		const [, grouped, separator, groupedDecimals, single, decimals] = match;
		if (grouped !== undefined) numbers.push(canonical(grouped.split(separator!).join(''), groupedDecimals));
		else numbers.push(canonical(single!, decimals));
	}
	return numbers;
}

/**
 * Ways of writing numbers with digits that other languages write otherwise: `15万` is 150000, `1.5亿`
 * is 150000000, and the 12-hour clock's `晚上7点` and `7 pm` are 19 (as `19 h` in French).
 */
function twelveHourAndMyriads(text: string): string {
	return text
		.replace(
			/(?<!\d)(\d{1,2})((?::\d\d)?\s*)(?=p\.?m\b)/gi,
			(_, hour: string, rest: string) => `${Number(hour) < 12 ? Number(hour) + 12 : hour}${rest}`,
		)
		.replace(/(\d+(?:\.\d+)?)\s*(万|亿)/g, (_, value: string, unit: string) =>
			String(Math.round(Number(value) * (unit === '万' ? 1e4 : 1e8))),
		)
		.replace(
			/(下午|傍晚|晚上|夜里)\s*(\d{1,2})(?=\s*[点點时:：])/g,
			(_, part: string, hour: string) => `${part}${Number(hour) < 12 ? Number(hour) + 12 : hour}`,
		);
}

/** The canonical form of a phone number as `<Tel number>` writes it: `0800840800` → `800840800`. */
export function phoneNumberKey(number: string): string {
	return canonical(number.replace(/\D/g, ''));
}

/**
 * The longer phone numbers of `src/data/phone-numbers.ts` as a text may write them (`3919`,
 * `116 006`, `0 800 840 800`): they have their own sources. Short ones (15, 17, 112…) are left out of
 * this list, since `15 jours` or `18 ans` are figures; written in a sentence, they need `<Tel>` or a mark.
 */
const listedNumbers = new RegExp(
	`(?<!\\d)(?:${Object.keys(phoneNumbers)
		.filter((number) => number.length >= 4)
		.sort((a, b) => b.length - a.length)
		.map((number) => number.split('').join('[ .]?'))
		.join('|')})(?!\\d)`,
	'g',
);

/** A Latin letter, as in `VIH-1`, `F2532` or `H24`: digits glued to one name something, not a figure. */
const latinLetter = /[A-Za-zÀ-ÖØ-öø-ÿ]$/;

/** The letters codes put before an article number (`L425-1`, `R425-2`, `LO141`). */
const articlePrefix = /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])(?:LO|[LRDA])$/;

/**
 * The figures a text states, for the rule that each carries a reference mark: its numbers (see
 * numbersIn), except the phone numbers of `src/data/phone-numbers.ts` that have 4 digits or more.
 * `figuresIn('最晚48小时，打3919')` → `['48']`.
 */
export function figuresIn(text: string): string[] {
	return numbersIn(text.normalize('NFKC').replace(listedNumbers, ' '));
}

/** Whether digits that follow `before` are part of a name (`VIH-1`, `COVID-19`, `F2532`) rather than a number. */
function isNamePart(before: string): boolean {
	// `9h30`: the minutes of a time, not a name.
	if (/\d\s?h$/.test(before)) return false;
	return (latinLetter.test(before) && !articlePrefix.test(before)) || /[A-Za-zÀ-ÖØ-öø-ÿ]-$/.test(before);
}

/** The numbers of one set that the other lacks, in both directions. */
export function compareNumbers(
	original: ReadonlySet<string>,
	translation: ReadonlySet<string>,
): { added: string[]; missing: string[] } {
	const order = (a: string, b: string) => Number(a) - Number(b) || a.localeCompare(b);
	return {
		added: [...translation].filter((n) => !original.has(n)).sort(order),
		missing: [...original].filter((n) => !translation.has(n)).sort(order),
	};
}
