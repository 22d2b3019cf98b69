import { offlineCaches, offlineListPath } from '../lib/offline-cache.ts';
import { deleteOfflineCaches } from './forget.ts';

/**
 * Offline reading, only when the reader asks for it. Reading and searching store nothing: the service
 * worker is registered by the "save" button alone (src/scripts/sw.js says what it keeps). A page served
 * from the saved copy carries `data-saved-at` on its body, written by the worker when it saved it, and
 * says so here, with no message to the worker.
 */
export function startOffline(): void {
	// Chrome may offer to install the site on the home screen, an icon anyone holding the phone would see.
	addEventListener('beforeinstallprompt', (event) => event.preventDefault());
	showSavedCopy();
	if ('serviceWorker' in navigator && 'caches' in window) setUpSaveButton();
}

/** Shows the notice of a saved copy: its date, and a reload button when the connection is there or returns. */
function showSavedCopy(): void {
	const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
	const savedAt = document.body.dataset['savedAt'];
	// The offline page says itself that the page asked for was not saved.
	if (!banner || !savedAt || document.querySelector('[data-offline-page]')) return;
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
	const day = new Date(savedAt).toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
	// Online but served the saved copy: the network was too slow or failing; reloading may work now.
	show((banner.dataset['stale'] ?? '').replace('{date}', day), navigator.onLine);
	addEventListener('online', () => show(banner.dataset['backOnline'] ?? '', true), { once: true });
}

/** The worker once it is active: resolves at once if it already is, fails if its install fails. */
function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
	return new Promise((resolve, reject) => {
		const check = () => {
			const pending = registration.installing ?? registration.waiting;
			if (!pending && registration.active) {
				resolve(registration.active);
				return;
			}
			if (!pending) {
				reject(new Error('no worker'));
				return;
			}
			pending.addEventListener(
				'statechange',
				() => (pending.state === 'redundant' ? reject(new Error('install failed')) : check()),
				{ once: true },
			);
		};
		check();
	});
}

/** The worker's answer to a sync (src/scripts/sw.js). */
type SyncAnswer = { type: string; count?: number; reason?: string };

/** Asks the worker to bring the saved files up to date; resolves with its answer. */
function askSync(worker: ServiceWorker, lang: string): Promise<SyncAnswer> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event: MessageEvent<SyncAnswer>) => resolve(event.data);
		worker.postMessage({ type: 'sync', lang }, [channel.port2]);
	});
}

/**
 * Saves every page of a language: puts its list where the worker finds it (so the worker, at install,
 * knows it was asked), registers the worker, and waits for it to have downloaded everything.
 */
async function saveLanguage(base: string, lang: string): Promise<{ type: string; count?: number; reason?: string }> {
	let failure = 'network';
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; reason?: string }>) => {
		if (event.data?.type === 'save-failed') failure = event.data.reason ?? failure;
	});
	navigator.serviceWorker.startMessages();
	try {
		const list = await fetch(offlineListPath(base, lang), { cache: 'no-cache' });
		if (!list.ok) throw new Error(`offline.json: ${list.status}`);
		await (await caches.open(offlineCaches(base).files)).put(offlineListPath(base, lang), list);
		const registration = await navigator.serviceWorker.register(`${base}sw.js`, {
			scope: base,
			updateViaCache: 'none',
		});
		return await askSync(await activeWorker(registration), lang);
	} catch (error) {
		if (error instanceof DOMException && error.name === 'QuotaExceededError') failure = 'space';
		// A first save that failed leaves nothing behind: no half-saved guides without a worker to use them.
		const registration = await navigator.serviceWorker.getRegistration(base).catch(() => undefined);
		if (!registration?.active) await deleteOfflineCaches(base).catch(() => undefined);
		return { type: 'save-failed', reason: failure };
	}
}

function setUpSaveButton(): void {
	const holder = document.querySelector<HTMLElement>('[data-offline-save]');
	const button = holder?.querySelector('button');
	const status = holder?.querySelector<HTMLElement>('[data-offline-status]');
	if (!holder || !button || !status) return;
	holder.hidden = false;
	button.addEventListener('click', async () => {
		button.disabled = true;
		status.textContent = holder.dataset['saving'] ?? '';
		const answer = await saveLanguage(document.body.dataset['base'] ?? '/', holder.dataset['lang'] ?? '');
		if (answer.type === 'saved')
			status.textContent = (holder.dataset['saved'] ?? '').replace('{count}', String(answer.count));
		else status.textContent = (answer.reason === 'space' ? holder.dataset['noSpace'] : holder.dataset['failed']) ?? '';
		button.disabled = false;
	});
}
