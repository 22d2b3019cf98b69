import { refuseForeignFrame } from './frame-guard.ts';
import { enhancePageTools } from './page-tools.ts';
import { enhanceQuickExit, hidePage } from './quick-exit.ts';

/**
 * The one script of every page, loaded after the text. It does at once only what must work at the
 * first tap (refusing a foreign frame, the quick exit, showing the buttons that need JavaScript) and
 * fetches the code of every other feature when the reader uses it, so a first visit downloads this
 * file alone.
 */
export function startSite(): void {
	refuseForeignFrame();
	enhanceQuickExit();
	enhancePageTools();
	const base = document.body.dataset['base'] ?? '/';
	// Chrome may offer to install the site on the home screen, an icon anyone holding the phone would see.
	addEventListener('beforeinstallprompt', (event) => event.preventDefault());

	document.addEventListener('click', (event) => {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const target = event.target as Element;
		const forget = target.closest<HTMLAnchorElement>('a[data-forget]');
		if (forget) {
			event.preventDefault();
			hidePage();
			void import('./forget.ts')
				.then((code) => code.removeStoredData(base))
				.finally(() => location.replace(forget.href));
		}
		const phrase = target.closest<HTMLElement>('a.phrase-open')?.closest<HTMLElement>('[data-phrase]');
		// Full screen needs the tap's user activation, which outlasts the module's loading.
		if (phrase) void import('./phrases.ts').then((code) => code.showFullScreen(phrase));
	});
	// A phrase card shown full screen takes its own Escape (marked handled, so the quick exit ignores it).
	document.addEventListener(
		'keydown',
		(event) => {
			const card = document.querySelector<HTMLElement>('[data-phrase]:target');
			if (event.key !== 'Escape' || !card) return;
			event.preventDefault();
			void import('./phrases.ts').then((code) => code.closeCard(card));
		},
		{ capture: true },
	);

	// Outside the search page, a search hands its query over without putting it in the address.
	if (!document.querySelector('[data-search]')) {
		for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
			form.addEventListener('submit', (event) => {
				event.preventDefault();
				void import('./search-query.ts')
					.then((code) => code.handOff(form))
					// Storage blocked or the code unreachable: the plain form, with the query in the address.
					.catch(() => form.submit());
			});
		}
	}

	const cite = document.querySelector<HTMLDetailsElement>('details[data-cite]');
	const enhanceCite = () => void import('./cite.ts').then((code) => code.enhanceCiteBox());
	if (cite?.open) enhanceCite();
	else cite?.addEventListener('toggle', enhanceCite, { once: true });

	// A page served from the saved copy says so (the worker marked it when it saved it).
	if (document.body.dataset['savedAt']) void import('./offline.ts').then((code) => code.showSavedCopy());
	const save = document.querySelector<HTMLElement>('[data-offline-save]');
	if (save && 'serviceWorker' in navigator && 'caches' in window) {
		save.hidden = false;
		save.querySelector('button')?.addEventListener('click', () => {
			void import('./offline.ts').then((code) => code.save(save));
		});
	}
}
