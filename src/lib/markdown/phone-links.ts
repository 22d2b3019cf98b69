import { isListedNumber, shownNumberProblem, unlistedNumberMessage } from '../phone.ts';

/**
 * Phone numbers in MDX: a `tel:`/`sms:` link and a `<Tel number>` may only dial a number of
 * `src/data/phone-numbers.ts` (src/lib/phone.ts holds the list's rules), and what a link shows is the
 * number it dials.
 */

/**
 * What is wrong with a `tel:`/`sms:` link dialling `number` (from `numberOfHref`), or undefined.
 * `shown` is the link's words, when it has any (a reference definition has none).
 */
export function phoneLinkProblem(number: string, shown: string | undefined): string | undefined {
	if (!isListedNumber(number)) return unlistedNumberMessage(number);
	return shown === undefined ? undefined : shownNumberProblem(shown, number);
}

/** What is wrong with a `<Tel number="…">`, or undefined: a listed number, and no words inside. */
export function telProblem(number: string, hasContent: boolean): string | undefined {
	if (!isListedNumber(number)) return `<Tel number="${number}">: ${unlistedNumberMessage(number)}`;
	// The words of a <Tel> are its listed number, so what is shown is what is dialled.
	if (hasContent) {
		return `<Tel number="${number}">: write it with nothing inside, <Tel number="${number}" />; it shows the number.`;
	}
	return undefined;
}
