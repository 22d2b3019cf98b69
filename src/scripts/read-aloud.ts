import type { HookDataset } from '../lib/page-hooks.ts';
import { textLang, voiceFor } from './page-tools.ts';

/** Whether the page is being read aloud now. */
let reading = false;

/**
 * Reads the page aloud with the phone's own voice, one utterance per block, or stops if it is reading.
 * Fetched at the first tap on the read-aloud button (src/scripts/page-tools.ts shows it).
 */
export function toggleReading(button: HTMLButtonElement): void {
	const article = button.closest('article');
	if (!article) return;
	const startLabel = button.dataset['startLabel'] ?? (button.dataset['startLabel'] = button.textContent ?? '');
	const stopLabel = (button.dataset as HookDataset<'readAloud'>).stopLabel ?? startLabel;
	const stop = () => {
		speechSynthesis.cancel();
		reading = false;
		button.textContent = startLabel;
	};
	if (reading) {
		stop();
		return;
	}
	const lang = textLang(button);
	const blocks = article.querySelectorAll<HTMLElement>('h1, .lead, .in-short li, .content :is(h2, h3, p, li, td, th)');
	// Reference marks ([3]) are for the eye; read aloud, they would interrupt every sentence.
	const texts = [...blocks]
		.map((block) =>
			block.innerText
				.replace(/\u2060\[\d+\]/g, '')
				.replace(/#\s*$/, '')
				.trim(),
		)
		.filter(Boolean);
	const voice = voiceFor(lang);
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
	window.addEventListener('pagehide', stop, { once: true });
}
