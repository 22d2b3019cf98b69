import { existsSync } from 'node:fs';

/**
 * The Chromium that the browser tests and the scripts that drive a browser (`npm run audit`, `bench`,
 * `search-eval`, `images`) start, and how. Scripts and tests import it from here; nothing here imports
 * from tests/.
 */

/**
 * Where Chromium is: CHROME_PATH, else the usual system paths. Neither tests nor scripts download a browser.
 */
export function chromiumPath(): string {
	const candidates = [
		process.env['CHROME_PATH'],
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
	];
	const found = candidates.find((path): path is string => !!path && existsSync(path));
	if (!found) {
		throw new Error(
			'No Chromium found for the browser tests and scripts. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
				'or set CHROME_PATH to a Chromium or Chrome executable.',
		);
	}
	return found;
}

/** Headless, and nothing that reaches the network on its own. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
];

/** A phone-sized screen, as most readers have. */
export const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
