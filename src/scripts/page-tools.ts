/**
 * Print, bilingual print of phrase cards, and reading the page aloud with the phone's own voice
 * (Web Speech API). Each button stays hidden where the browser cannot do what it offers.
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
	if (read && 'speechSynthesis' in window) setUpReading(read);
}

function setUpReading(button: HTMLButtonElement): void {
	const article = button.closest('article');
	if (!article) return;
	const lang = article.closest('[lang]')?.getAttribute('lang') ?? 'zh-Hans';
	const startLabel = button.textContent ?? '';
	const stopLabel = button.dataset['stopLabel'] ?? startLabel;
	const voiceFor = () => {
		const primary = lang.split('-')[0]!.toLowerCase();
		// Only voices on the phone: a network voice (Chrome's "Google …") sends the page's text to a server.
		const voices = speechSynthesis.getVoices().filter((v) => v.localService);
		return (
			voices.find((v) => v.lang.toLowerCase().startsWith(primary) && /cn|hans/i.test(v.lang)) ??
			voices.find((v) => v.lang.toLowerCase().startsWith(primary))
		);
	};
	const show = () => {
		button.hidden = !voiceFor();
	};
	show();
	speechSynthesis.addEventListener('voiceschanged', show);

	let reading = false;
	const stop = () => {
		speechSynthesis.cancel();
		reading = false;
		button.textContent = startLabel;
	};
	button.addEventListener('click', () => {
		if (reading) {
			stop();
			return;
		}
		const blocks = article.querySelectorAll<HTMLElement>(
			'h1, .lead, .in-short li, .content :is(h2, h3, p, li, td, th)',
		);
		// Reference marks ([3]) are for the eye; read aloud, they would interrupt every sentence.
		const texts = [...blocks]
			.map((block) =>
				block.innerText
					.replace(/\u2060\[\d+\]/g, '')
					.replace(/#\s*$/, '')
					.trim(),
			)
			.filter(Boolean);
		const voice = voiceFor();
		reading = true;
		button.textContent = stopLabel;
		texts.forEach((text, i) => {
			// One utterance per block: long utterances are cut off by some speech engines.
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.lang = lang;
			try {
				if (voice) utterance.voice = voice;
			} catch {
				// Some engines refuse a voice object they did not make; the language alone then chooses.
			}
			if (i === texts.length - 1) utterance.addEventListener('end', stop);
			speechSynthesis.speak(utterance);
		});
	});
	window.addEventListener('pagehide', stop);
}
