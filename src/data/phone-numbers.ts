/**
 * The one list of phone numbers the site may show as tap-to-call links.
 * A `tel:`/`sms:` link or a `<Tel number>` with a number not listed here stops the build.
 * Add a number only with a source that a reviewer has checked.
 */
export const phoneNumbers = {
	'15': { display: '15', kind: 'call' },
	'17': { display: '17', kind: 'call' },
	'18': { display: '18', kind: 'call' },
	'112': { display: '112', kind: 'call' },
	/** Emergency by SMS for people who cannot speak; no voice calls. */
	'114': { display: '114', kind: 'sms' },
	'3919': { display: '3919', kind: 'call' },
	'116006': { display: '116 006', kind: 'call' },
	'119': { display: '119', kind: 'call' },
	/** Sida Info Service. */
	'0800840800': { display: '0 800 840 800', kind: 'call' },
} as const satisfies Record<string, { display: string; kind: 'call' | 'sms' }>;

export type PhoneNumberId = keyof typeof phoneNumbers;
