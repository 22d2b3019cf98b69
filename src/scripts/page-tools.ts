/**
 * Print, bilingual print of phrase cards, and reading the page aloud with the phone's own voice
 * (Web Speech API). Each button stays hidden where the browser cannot do what it offers; the reading
 * code is fetched at the first tap.
 */
export function enhancePageTools(): void {
	const tools = document.querySelector<HTMLElement>('.page-tools');
	if (!tools || tools.dataset['ready']) return;
	tools.dataset['ready'] = 'on';

	const print = tools.querySelector<HTMLButtonElement>('[data-print]');
	if (print && typeof window.print === 'function') {
		print.hidden = false;
		print.addEventListener('click', () => window.print());
	}

	const bilingual = tools.querySelector<HTMLButtonElement>('[data-print-bilingual]');
	if (bilingual && document.querySelector('[data-phrase]') && typeof window.print === 'function') {
		bilingual.hidden = false;
		bilingual.addEventListener('click', () => {
			document.documentElement.classList.add('print-bilingual');
			window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-bilingual'), {
				once: true,
			});
			window.print();
		});
	}

	const read = tools.querySelector<HTMLButtonElement>('[data-read-aloud]');
	if (read && 'speechSynthesis' in window) showReading(read);
}

/** The language the page's text is in, for the voice. */
export function textLang(button: HTMLElement): string {
	return button.closest('article')?.closest('[lang]')?.getAttribute('lang') ?? 'zh-Hans';
}

/** A voice of the phone for the language, if it has one. */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
	const primary = lang.split('-')[0]!.toLowerCase();
	// Only voices on the phone: a network voice (Chrome's "Google …") sends the page's text to a server.
	const voices = speechSynthesis.getVoices().filter((v) => v.localService);
	return (
		voices.find((v) => v.lang.toLowerCase().startsWith(primary) && /cn|hans/i.test(v.lang)) ??
		voices.find((v) => v.lang.toLowerCase().startsWith(primary))
	);
}

/** Shows the read-aloud button when the phone has a voice for the page's language. */
function showReading(button: HTMLButtonElement): void {
	const article = button.closest('article');
	if (!article) return;
	const lang = textLang(button);
	const show = () => {
		button.hidden = !voiceFor(lang);
	};
	show();
	speechSynthesis.addEventListener('voiceschanged', show);
	button.addEventListener('click', () => void import('./read-aloud.ts').then((code) => code.toggleReading(button)));
}
