import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, headersFile } from '../../src/lib/security.ts';

describe('the Content Security Policy', () => {
	it('allows only the site itself, no inline script, and WebAssembly for search', () => {
		expect(cspMeta).toContain("default-src 'self'");
		expect(cspMeta).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(cspMeta).not.toContain('unsafe-inline');
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
