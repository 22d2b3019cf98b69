import { existsSync } from 'node:fs';

/**
 * Where Chromium is: CHROME_PATH, else the usual system paths. The tests never download a browser.
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
			'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
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
