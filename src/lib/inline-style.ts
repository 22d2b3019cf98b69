import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';

/**
 * The screen's styles, inlined in the head of every page: the first paint then waits for the HTML
 * alone, not for a second round trip to fetch a stylesheet. Read from the project's folder (the
 * pages' code is bundled elsewhere) and minified here, once.
 */
export const inlineCss = transform({
	filename: 'site.css',
	code: readFileSync(join(process.cwd(), 'src/styles/site.css')),
	minify: true,
}).code.toString();

/** The inline style's hash, the only inline code the Content Security Policy allows (src/lib/security.ts). */
export const inlineCssHash = `'sha256-${createHash('sha256').update(inlineCss).digest('base64')}'`;
