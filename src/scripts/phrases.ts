/**
 * Phrase cards already open full screen without JavaScript (a link to the card and CSS `:target`).
 * This adds the browser's real full screen, keeps the screen awake while a card is shown, and
 * closes the card with Escape. src/scripts/site.ts fetches it at the first tap on a card.
 */
let wakeLock: { release(): Promise<void> } | undefined;

/** Shows a card in the browser's full screen and keeps the screen awake (called on the tap that opens it). */
export function showFullScreen(card: HTMLElement): void {
	card.requestFullscreen?.().catch(() => {});
	const nav = navigator as Navigator & {
		wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> };
	};
	void nav.wakeLock
		?.request('screen')
		.then((lock) => (wakeLock = lock))
		.catch(() => {});
}

/** Closes a card: leaves full screen, lets the screen sleep, and goes back to the card's place in the text. */
export function closeCard(card: HTMLElement): void {
	if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
	void wakeLock?.release().catch(() => {});
	wakeLock = undefined;
	location.replace(`#${card.id}-card`);
}

// Leaving the browser's full screen (Back on Android) closes the card too.
document.addEventListener('fullscreenchange', () => {
	const card = document.querySelector<HTMLElement>('[data-phrase]:target');
	if (!document.fullscreenElement && card) closeCard(card);
});
