import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/**
 * What a first visit to a page downloads, file by file: the HTML, its stylesheet, its scripts and
 * the modules they import at once, its images, the icon and the manifest. Modules loaded only when a
 * feature is used (search, citations, phrase cards, offline saving and its service worker) and the
 * print leaflet's QR code (a lazy image hidden on screens) are not part of a first load.
 */
export interface Weight {
	path: string;
	files: { url: string; raw: number; gzip: number; brotli: number; kind: 'html' | 'css' | 'js' | 'other' }[];
	total: { raw: number; gzip: number; brotli: number };
}

/** The budget of a guide page's first load, compressed (gzip), all requests together, at any site size. */
export const guideBudget = 13 * 1024;

/**
 * What no guide's first load may exceed today, while the longest guides' own HTML still passes the budget
 * (`npm run weight` lists them): the tests hold this line, the budget is where it must come down to.
 */
export const guideCeiling = 20 * 1024;

function size(bytes: Buffer) {
	return { raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length };
}

/** Sizes of the shared files (stylesheet, scripts, icons), compressed once: every page loads the same ones. */
const sizes = new Map<string, ReturnType<typeof size> & { bytes: Buffer }>();

function sizeOf(path: string) {
	let known = sizes.get(path);
	if (!known) {
		const bytes = readFileSync(path);
		known = { bytes, ...size(bytes) };
		sizes.set(path, known);
	}
	return known;
}

/** Modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

export function pageWeight(dist: string, base: string, path: string): Weight {
	const file = (url: string) => {
		const inner = decodeURI(url).slice(base.length);
		return join(dist, inner === '' || inner.endsWith('/') ? `${inner}index.html` : inner);
	};
	const html = readFileSync(file(path));
	const root = parse(html.toString('utf8'));
	const files: Weight['files'] = [{ url: path, kind: 'html', ...size(html) }];
	const seen = new Set<string>([path]);
	const add = (url: string, kind: Weight['files'][number]['kind']) => {
		if (seen.has(url) || !url.startsWith(base) || !existsSync(file(url))) return;
		seen.add(url);
		const { bytes, ...sized } = sizeOf(file(url));
		files.push({ url, kind, ...sized });
		if (kind === 'js') {
			for (const spec of staticImports(bytes.toString('utf8'))) add(posix.join(posix.dirname(url), spec), 'js');
		}
	};
	for (const link of root.querySelectorAll('link[rel="stylesheet"]')) add(link.getAttribute('href')!, 'css');
	for (const script of root.querySelectorAll('script[src]')) add(script.getAttribute('src')!, 'js');
	for (const img of root.querySelectorAll('img[src]')) {
		// A lazy image in a block hidden on screens (the print leaflet's QR code) is fetched only to print.
		if (img.getAttribute('loading') === 'lazy' && img.closest('.print-only')) continue;
		add(img.getAttribute('src')!, 'other');
	}
	for (const link of root.querySelectorAll('link[rel="icon"], link[rel="manifest"]'))
		add(link.getAttribute('href')!, 'other');
	const total = files.reduce(
		(sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
		{
			raw: 0,
			gzip: 0,
			brotli: 0,
		},
	);
	return { path, files, total };
}
