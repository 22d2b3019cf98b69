/**
 * The one list of phone numbers the site may show as tap-to-call links (facts.md, section E).
 * A `tel:`/`sms:` link or a `<Tel number>` with a number not listed here stops the build.
 * Add a number only with a source that a reviewer has checked.
 * `kind`: how to reach it (a call, or only a text message). `service`: `emergency` for the numbers that
 * send help at once (police, ambulance, fire, their SMS line); `helpline` for listening and advice, which
 * the pages and the emergency bar say are not emergency numbers.
 */
export const phoneNumbers = {
	'15': { display: '15', kind: 'call', service: 'emergency' },
	'17': { display: '17', kind: 'call', service: 'emergency' },
	'18': { display: '18', kind: 'call', service: 'emergency' },
	'112': { display: '112', kind: 'call', service: 'emergency' },
	/** Emergency by SMS for people who cannot speak; no voice calls. */
	'114': { display: '114', kind: 'sms', service: 'emergency' },
	'3919': { display: '3919', kind: 'call', service: 'helpline' },
	'116006': { display: '116 006', kind: 'call', service: 'helpline' },
	'119': { display: '119', kind: 'call', service: 'helpline' },
	/** Sida Info Service. */
	'0800840800': { display: '0 800 840 800', kind: 'call', service: 'helpline' },
} as const satisfies Record<string, { display: string; kind: 'call' | 'sms'; service: 'emergency' | 'helpline' }>;

export type PhoneNumberId = keyof typeof phoneNumbers;
