/**
 * A page shown inside another site's frame hides itself. Hosts that read `_headers` refuse such frames
 * with `frame-ancestors 'none'`; GitHub Pages cannot send headers, and a `<meta>` policy cannot say it.
 */
export function refuseForeignFrame(): void {
	if (window.top === window.self) return;
	try {
		if (window.top?.location.origin === location.origin) return;
	} catch {
		// Reading another origin's location throws: the frame is another site's.
	}
	document.documentElement.hidden = true;
}
