import type { HookDataset } from '../lib/page-hooks.ts';
import { offlineCaches, offlineListPath } from '../lib/offline-cache.ts';
import { deleteOfflineCaches } from './forget.ts';

/**
 * Offline reading, only when the reader asks for it. Reading and searching store nothing: the service
 * worker is registered by the "save" button alone (src/scripts/sw.js says what it keeps). A page served
 * from the saved copy carries `data-saved-at` on its body, written by the worker when it saved it, and
 * says so here, with no message to the worker. src/scripts/site.ts shows the button and fetches this code
 * when it is tapped or the page is a saved copy.
 */

/** Shows the notice of a saved copy: its date, and a reload button when the connection is there or returns. */
export function showSavedCopy(): void {
	const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
	const savedAt = document.body.dataset['savedAt'];
	// The offline page says itself that the page asked for was not saved.
	if (!banner || !savedAt || document.querySelector('[data-offline-page]')) return;
	const strings = banner.dataset as HookDataset<'offlineBanner'>;
	const show = (text: string, withReload: boolean) => {
		banner.replaceChildren(text);
		if (withReload) {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = strings.reload ?? '';
			button.addEventListener('click', () => location.reload());
			banner.append(' ', button);
		}
		banner.hidden = false;
	};
	const day = new Date(savedAt).toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
	// Online but served the saved copy: the network was too slow or failing; reloading may work now.
	show((strings.stale ?? '').replace('{date}', day), navigator.onLine);
	addEventListener('online', () => show(strings.backOnline ?? '', true), { once: true });
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

/** Saves the reader's language when the "save" button of `holder` is tapped, and says how it went. */
export async function save(holder: HTMLElement): Promise<void> {
	const text = holder.dataset as HookDataset<'offlineSave'>;
	const button = holder.querySelector('button');
	const status = holder.querySelector<HTMLElement>('[data-offline-status]');
	if (!button || !status || button.disabled) return;
	button.disabled = true;
	status.textContent = text.saving ?? '';
	const answer = await saveLanguage(document.body.dataset['base'] ?? '/', text.lang ?? '');
	if (answer.type === 'saved') status.textContent = (text.saved ?? '').replace('{count}', String(answer.count));
	else status.textContent = (answer.reason === 'space' ? text.noSpace : text.failed) ?? '';
	button.disabled = false;
}
