/**
 * Offline reading: registers the service worker once the page has loaded (reading comes first), says
 * so when a page is a saved copy, and offers to save a whole language for offline reading.
 */
export function startOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	const base = document.body.dataset['base'] ?? '/';
	const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
	if (document.readyState === 'complete') setTimeout(register, 1000);
	else addEventListener('load', () => setTimeout(register, 1000), { once: true });
	watchSavedCopy();
	setUpSaveButton();
}

function watchSavedCopy(): void {
	const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
	const worker = navigator.serviceWorker.controller;
	if (!banner || !worker) return;
	const show = (text: string, withReload: boolean) => {
		banner.replaceChildren(text);
		if (withReload) {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = banner.dataset['reload'] ?? '';
			button.addEventListener('click', () => location.reload());
			banner.append(' ', button);
		}
		banner.hidden = false;
	};
	navigator.serviceWorker.addEventListener(
		'message',
		(event: MessageEvent<{ type: string; savedAt?: string | null }>) => {
			if (event.data?.type !== 'status' || !event.data.savedAt) return;
			const day = new Date(event.data.savedAt).toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
			show((banner.dataset['stale'] ?? '').replace('{date}', day), !navigator.onLine ? false : true);
			addEventListener('online', () => show(banner.dataset['backOnline'] ?? '', true), { once: true });
		},
	);
	worker.postMessage({ type: 'status' });
}

function setUpSaveButton(): void {
	const holder = document.querySelector<HTMLElement>('[data-offline-save]');
	const button = holder?.querySelector('button');
	const status = holder?.querySelector<HTMLElement>('[data-offline-status]');
	if (!holder || !button || !status) return;
	holder.hidden = false;
	button.addEventListener('click', async () => {
		status.textContent = holder.dataset['saving'] ?? '';
		const registration = await navigator.serviceWorker.ready;
		navigator.serviceWorker.addEventListener(
			'message',
			function onReply(event: MessageEvent<{ type: string; count?: number }>) {
				if (event.data?.type === 'saved')
					status.textContent = (holder.dataset['saved'] ?? '').replace('{count}', String(event.data.count));
				else if (event.data?.type === 'save-failed') status.textContent = holder.dataset['failed'] ?? '';
				else return;
				navigator.serviceWorker.removeEventListener('message', onReply);
			},
		);
		registration.active?.postMessage({ type: 'save', lang: holder.dataset['lang'] });
	});
}
