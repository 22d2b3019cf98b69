import { inlineCssHashes } from './inline-style.ts';
import { withBase } from './paths.ts';

/**
 * The Content Security Policy: nothing but the site's own origin. No inline script exists on any page;
 * the inline styles, the stylesheets in the heads (src/lib/inline-style.ts), are allowed by their
 * hashes alone (no 'unsafe-inline'). No page compiles code at run time (no 'wasm-unsafe-eval': the search is plain
 * JavaScript); the offline service worker is a file of the site ('self').
 */
export const cspDirectives: Record<string, string[]> = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'", ...inlineCssHashes],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'worker-src': ["'self'"],
	'manifest-src': ["'self'"],
	'media-src': ["'self'"],
	'frame-src': ["'none'"],
	'object-src': ["'none'"],
	'base-uri': ["'none'"],
	'form-action': ["'self'"],
};

function serialize(directives: Record<string, string[]>): string {
	return Object.entries(directives)
		.map(([name, values]) => `${name} ${values.join(' ')}`)
		.join('; ');
}

/** The policy as a `<meta http-equiv>` carries it (GitHub Pages cannot send headers). */
export const cspMeta = serialize(cspDirectives);

/** The policy as an HTTP header: the same, plus what only a header can say (no framing). */
export const cspHeader = serialize({ ...cspDirectives, 'frame-ancestors': ["'none'"] });

/** No page tells the sites it links to which page the reader came from (header and `<meta>`). */
export const referrerPolicy = 'no-referrer';

/**
 * Powers no page needs, refused to the page and anything in it: camera, microphone, location, payment,
 * USB, and Chrome's ad topics (which would file the reader under "health" or "legal aid").
 */
export const permissionsPolicy = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()';

/** Media types of the site's non-HTML files (the routes that write them use the same). */
export const mediaTypes = {
	atom: 'application/atom+xml; charset=utf-8',
	cslJson: 'application/vnd.citationstyles.csl+json; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8',
} as const;

/**
 * The `_headers` file read by Cloudflare Pages and Netlify: security headers on every response,
 * long caching for fingerprinted assets, none for the service worker (so updates arrive at once), and
 * the media types a static host cannot guess: each language's Atom feed (feed readers and browsers
 * treat generic XML as a file to show, not a feed) and the citation files beside each page.
 */
export function headersFile(base: string, langs: readonly string[] = []): string {
	return [
		'# Generated at build time from src/lib/security.ts. Edit that file, not this one.',
		withBase(base, '*'),
		`  Content-Security-Policy: ${cspHeader}`,
		`  Referrer-Policy: ${referrerPolicy}`,
		'  X-Content-Type-Options: nosniff',
		'  X-Frame-Options: DENY',
		'  Cross-Origin-Opener-Policy: same-origin',
		`  Permissions-Policy: ${permissionsPolicy}`,
		'  Strict-Transport-Security: max-age=31536000',
		withBase(base, '_astro/*'),
		'  Cache-Control: public, max-age=31536000, immutable',
		withBase(base, 'search/*'),
		'  Cache-Control: public, max-age=3600',
		withBase(base, 'sw.js'),
		'  Cache-Control: no-cache',
		...langs.flatMap((lang) => [withBase(base, `${lang}/feed.xml`), `  Content-Type: ${mediaTypes.atom}`]),
		withBase(base, '*/cite.json'),
		`  Content-Type: ${mediaTypes.cslJson}`,
		withBase(base, '*/cite.ris'),
		`  Content-Type: ${mediaTypes.ris}`,
		'',
	].join('\n');
}
