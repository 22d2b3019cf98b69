/**
 * Phrase cards already open full screen without JavaScript (a link to the card and CSS `:target`).
 * This adds the browser's real full screen, keeps the screen awake while a card is shown, and
 * closes the card with Escape.
 */
export function enhancePhraseCards(): void {
	if (document.documentElement.dataset['phrases']) return;
	document.documentElement.dataset['phrases'] = 'on';
	let wakeLock: { release(): Promise<void> } | undefined;
	const open = () => document.querySelector<HTMLElement>('[data-phrase]:target');
	const close = (card: HTMLElement) => {
		if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
		void wakeLock?.release().catch(() => {});
		wakeLock = undefined;
		location.replace(`#${card.id}-card`);
	};
	document.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a.phrase-open');
		const card = link?.closest<HTMLElement>('[data-phrase]');
		if (!card) return;
		card.requestFullscreen?.().catch(() => {});
		const nav = navigator as Navigator & {
			wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> };
		};
		void nav.wakeLock
			?.request('screen')
			.then((lock) => (wakeLock = lock))
			.catch(() => {});
	});
	document.addEventListener('fullscreenchange', () => {
		const card = open();
		if (!document.fullscreenElement && card) close(card);
	});
	document.addEventListener(
		'keydown',
		(event) => {
			const card = open();
			if (event.key !== 'Escape' || !card) return;
			event.preventDefault();
			close(card);
		},
		{ capture: true },
	);
}
