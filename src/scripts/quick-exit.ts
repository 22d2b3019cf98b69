/** How long the quick exit waits for the stored data to be removed before it leaves anyway. */
const removalBudgetMs = 400;

/** Hides the page at once, title included, while it is being left. */
export function hidePage(): void {
	document.documentElement.hidden = true;
	document.title = '';
}

/**
 * Quick exit: the link already leaves for a neutral site without JavaScript. With it, the page hides
 * at once (its tab title too), removes what it can of what the site stored on the phone, and is replaced
 * in the history (so Back does not come back to it). Pressing Escape twice within a second does the same
 * from anywhere on the page. The removal's code is fetched then: the page is hidden before.
 */
export function enhanceQuickExit(): void {
	const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
	if (!link) return;
	let leaving = false;
	const leave = () => {
		if (leaving) return;
		leaving = true;
		hidePage();
		const base = document.body.dataset['base'] ?? '/';
		const removed = import('./forget.ts').then((code) => code.removeStoredData(base)).catch(() => undefined);
		const late = new Promise((resolve) => setTimeout(resolve, removalBudgetMs));
		void Promise.race([removed, late]).then(() => location.replace(link.href));
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
