import type { CiteInput } from '../lib/cite.ts';

/**
 * The cite box's citations are in the HTML with the build's date as "accessed". When a reader opens
 * the box, this puts in today's date and adds a copy button to each citation.
 */
export function enhanceCiteBox(): void {
	const box = document.querySelector<HTMLDetailsElement>('details[data-cite]');
	if (!box || box.dataset['ready']) return;
	box.dataset['ready'] = 'on';
	const refresh = async () => {
		const { citations } = await import('../lib/cite.ts');
		const data = JSON.parse(box.dataset['cite'] ?? '{}') as Omit<CiteInput, 'updated' | 'accessed'> & {
			updated: string;
		};
		const today = new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()));
		for (const citation of citations({ ...data, updated: new Date(data.updated), accessed: today })) {
			const target = box.querySelector<HTMLElement>(`[data-style="${citation.style}"]`);
			if (target) target.textContent = citation.value;
		}
		addCopyButtons(box);
	};
	box.addEventListener('toggle', () => {
		if (box.open) void refresh();
	});
	if (box.open) void refresh();
}

function addCopyButtons(box: HTMLElement): void {
	const copyLabel = box.dataset['copyLabel'] ?? 'Copy';
	const copiedLabel = box.dataset['copiedLabel'] ?? copyLabel;
	for (const target of box.querySelectorAll<HTMLElement>('[data-style]')) {
		if (target.nextElementSibling?.matches('button.copy')) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy';
		button.textContent = copyLabel;
		button.setAttribute('aria-label', `${copyLabel}: ${target.dataset['style']}`);
		button.addEventListener('click', async () => {
			const text = target.textContent ?? '';
			try {
				await navigator.clipboard.writeText(text);
			} catch {
				const range = document.createRange();
				range.selectNodeContents(target);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				document.execCommand('copy');
			}
			button.textContent = copiedLabel;
			setTimeout(() => (button.textContent = copyLabel), 2000);
		});
		target.after(button);
	}
}
