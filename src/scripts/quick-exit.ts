/**
 * Quick exit: the link already leaves for a neutral site without JavaScript. With it, the page hides
 * at once and is replaced in the history (so Back does not come back to it), and pressing Escape
 * twice within a second does the same from anywhere on the page.
 */
export function enhanceQuickExit(): void {
	const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
	if (!link) return;
	const leave = () => {
		document.documentElement.hidden = true;
		try {
			sessionStorage.clear();
		} catch {
			// Storage can be blocked; leaving matters more.
		}
		location.replace(link.href);
	};
	link.addEventListener('click', (event) => {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		leave();
	});
	let lastEscape = -Infinity;
	document.addEventListener('keydown', (event) => {
		// A phrase card shown full screen takes its own Escape (and marks it handled).
		if (event.key !== 'Escape' || event.defaultPrevented) return;
		if (event.timeStamp - lastEscape < 1000) leave();
		lastEscape = event.timeStamp;
	});
}
