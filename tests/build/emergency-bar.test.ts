import { describe, expect, it } from 'vitest';
import { phoneNumbers } from '../../src/data/phone-numbers.ts';
import { isLang, languages, langs } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { isListedNumber, numberOfHref } from '../../src/lib/phone.ts';
import { builtPages } from '../setup/dist.ts';

describe('the emergency bar', () => {
	it('puts each number under what it is: emergency numbers under the emergency caption, helplines never', () => {
		const pages = builtPages('root').filter((p) => p.root.querySelector('nav.emergency'));
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) {
			// A language's page says its language on <body>; the root pages (chooser, root 404) only in <html lang>.
			const tag = page.root.querySelector('html')?.getAttribute('lang');
			const lang =
				page.root.querySelector('body')?.getAttribute('data-lang') ?? langs.find((l) => languages[l].tag === tag) ?? '';
			if (!isLang(lang)) throw new Error(`${page.path}: no language on <body data-lang> or <html lang>`);
			for (const group of page.root.querySelectorAll('nav.emergency .emergency-group')) {
				const caption = group.querySelector('.emergency-kind')?.text.trim();
				for (const link of group.querySelectorAll('a')) {
					const number = numberOfHref(link.getAttribute('href') ?? '') ?? '';
					if (!isListedNumber(number)) throw new Error(`${page.path}: ${number} is not a listed number`);
					const emergency = phoneNumbers[number].service === 'emergency';
					expect(caption === ui[lang]['emergency.urgent'], `${page.path}: ${number} under "${caption}"`).toBe(
						emergency,
					);
				}
			}
		}
	});
});
