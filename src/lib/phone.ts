import { phoneNumbers, type PhoneNumberId } from '../data/phone-numbers.ts';

/** Whether `value` is a number of the list in `src/data/phone-numbers.ts`. */
export function isListedNumber(value: string): value is PhoneNumberId {
	return Object.hasOwn(phoneNumbers, value);
}

/** The href of a listed number: `tel:15`, or `sms:114` for the SMS-only emergency number. */
export function phoneHref(id: PhoneNumberId): string {
	return `${phoneNumbers[id].kind === 'sms' ? 'sms' : 'tel'}:${id}`;
}

/** The number a `tel:` or `sms:` href dials, spaces and dots removed: `tel:0 800 840 800` → `0800840800`. */
export function numberOfHref(href: string): string | undefined {
	const match = /^(?:tel|sms):([^?]*)/i.exec(href.trim());
	return match ? decodeURIComponent(match[1] ?? '').replace(/[\s.\-()]/g, '') : undefined;
}

/** An explanation of why a number may not be used, naming the list to fix. */
export function unlistedNumberMessage(number: string): string {
	return (
		`the phone number "${number}" is not in the list of checked numbers (src/data/phone-numbers.ts). ` +
		`Use one of: ${Object.keys(phoneNumbers).join(', ')}; or add it to that list with its source.`
	);
}

/**
 * Why a tap-to-call link's words and its number differ, or undefined when they agree: the words must
 * show the number it dials (`<a href="tel:15">06 12 34 56 78</a>` shows one number and dials another).
 */
export function shownNumberProblem(text: string, number: PhoneNumberId): string | undefined {
	if (text.replace(/\D/g, '') === number) return undefined;
	return (
		`the link dials ${phoneNumbers[number].display} but shows "${text.trim()}". ` +
		`Show the number it dials: write <Tel number="${number}" />.`
	);
}
