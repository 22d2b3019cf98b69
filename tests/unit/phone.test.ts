import { describe, expect, it } from 'vitest';
import { phoneNumbers } from '../../src/data/phone-numbers.ts';
import { isListedNumber, numberOfHref, phoneHref, unlistedNumberMessage } from '../../src/lib/phone.ts';
import { isPrimary, sourceProblems } from '../../src/lib/sources.ts';

describe('phone numbers', () => {
	it('call listed numbers, and text 114, which takes no voice calls', () => {
		expect(phoneHref('15')).toBe('tel:15');
		expect(phoneHref('114')).toBe('sms:114');
		expect(phoneHref('0800840800')).toBe('tel:0800840800');
	});

	it('read the number of tel: and sms: links whatever their spacing', () => {
		expect(numberOfHref('tel:0 800 840 800')).toBe('0800840800');
		expect(numberOfHref('sms:114?body=help')).toBe('114');
		expect(numberOfHref('https://example.org')).toBeUndefined();
	});

	it('know only the checked numbers, and say where the list is', () => {
		expect(isListedNumber('3919')).toBe(true);
		expect(isListedNumber('0180271920')).toBe(false);
		expect(unlistedNumberMessage('123')).toContain('src/data/phone-numbers.ts');
	});
});

describe('the list of phone numbers', () => {
	it('gives every number a sound primary source: the operator’s page, or an official page', () => {
		for (const [number, entry] of Object.entries(phoneNumbers)) {
			expect(isPrimary(entry.source.kind), number).toBe(true);
			expect(sourceProblems(entry.source), number).toEqual([]);
		}
	});
});
