import { describe, expect, it } from 'vitest';
import { httpsUrl } from '../../src/lib/config.ts';
import { cspHeader, cspMeta, headersFile } from '../../src/lib/security.ts';
import { contactOf } from '../../src/lib/config.ts';
import { licenceOf } from '../../src/lib/licence.ts';

describe('the Content Security Policy', () => {
	it('allows only the site itself: no inline script, no code compiled at run time', () => {
		expect(cspMeta).toContain("default-src 'self'");
		expect(cspMeta).toContain("script-src 'self';");
		expect(cspMeta).not.toContain('unsafe-inline');
		expect(cspMeta).not.toContain('unsafe-eval');
		expect(cspMeta).not.toMatch(/https?:/);
	});

	it('is the same in the header as in the page, plus what only a header can say', () => {
		expect(cspHeader.startsWith(cspMeta)).toBe(true);
		expect(cspHeader).toContain("frame-ancestors 'none'");
		expect(cspMeta).not.toContain('frame-ancestors');
	});

	it('is sent with no-referrer to every path under the base path', () => {
		const file = headersFile('/roses/');
		expect(file).toContain(`/roses/*\n  Content-Security-Policy: ${cspHeader}`);
		expect(file).toContain('Referrer-Policy: no-referrer');
		expect(file).toContain('/roses/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
	});
});

describe('the other headers', () => {
	it('refuse powers no page needs, the ad topics of Chrome among them', () => {
		const file = headersFile('/');
		expect(file).toMatch(/Permissions-Policy: .*camera=\(\).*geolocation=\(\).*browsing-topics=\(\)/);
		expect(file).not.toContain('interest-cohort');
		expect(file).toContain('X-Frame-Options: DENY');
	});
});

describe('the quick exit address', () => {
	it('must be a full https address, so that a typo cannot break the exit of every page', () => {
		expect(httpsUrl('QUICK_EXIT_URL', 'https://meteofrance.com/')).toBe('https://meteofrance.com/');
		for (const bad of ['meteofrance.com', 'http://meteofrance.com/', 'javascript:alert(1)', 'https://localhost/']) {
			expect(() => httpsUrl('QUICK_EXIT_URL', bad), bad).toThrow(
				/QUICK_EXIT_URL is ".*", which is not a full https:\/\/ address/,
			);
		}
	});
});

describe('the press contact', () => {
	it('is a mailto: or https: link when set, nothing when empty, and an error naming the setting otherwise', () => {
		expect(contactOf('')).toBeUndefined();
		expect(contactOf(' presse@example.org ')).toEqual({
			href: 'mailto:presse@example.org',
			text: 'presse@example.org',
		});
		expect(contactOf('https://example.org/contact')).toEqual({
			href: 'https://example.org/contact',
			text: 'example.org/contact',
		});
		for (const bad of ['06 12 34 56 78', 'javascript:alert(1)', 'http://example.org/'])
			expect(() => contactOf(bad), bad).toThrow(/PRESS_CONTACT/);
	});
});

describe('the licence setting', () => {
	it('accepts the open licences the site knows, and names the others it refuses', () => {
		expect(licenceOf('CC-BY-SA-4.0').url).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
		expect(() => licenceOf('CC-BY-NC-4.0')).toThrow(/CONTENT_LICENSE is "CC-BY-NC-4.0".*CC-BY-4.0/);
	});
});

describe('the feeds', () => {
	it('are sent as Atom, language by language', () => {
		expect(headersFile('/roses/', ['zh', 'fr'])).toContain(
			'/roses/fr/feed.xml\n  Content-Type: application/atom+xml; charset=utf-8',
		);
	});
});
