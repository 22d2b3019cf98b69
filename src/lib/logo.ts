import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site's icon drawn in the page's header: an `<img>` of favicon.svg would download again the file
 * the browser fetches for the tab's icon. Read from the project's folder (the pages' code is bundled elsewhere).
 */
export const logoSvg = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8')
	.trim()
	.replace('<svg ', '<svg width="28" height="28" aria-hidden="true" focusable="false" ');
