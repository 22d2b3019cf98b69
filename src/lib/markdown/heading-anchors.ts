import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { defaultLang } from '../../i18n/languages.ts';
import { format, ui } from '../../i18n/ui.ts';
import { langOfFile } from '../paths.ts';

/**
 * Gives every section heading (h2, h3) a stable id and a visible link to it, so a journalist can cite
 * one section. The id is the explicit one (`## Title {/* #my-id *\/}`) or else comes from the heading
 * text in the page's own language (GitHub's slug rules: lower case, spaces to hyphens, CJK kept).
 */
export function headingAnchors() {
	return (context: PluginFactoryContext): HastPluginDefinition | undefined => {
		if (context.sourceFormat !== 'mdx') return undefined;
		const lang = (context.fileURL && langOfFile(fileURLToPath(context.fileURL))) || defaultLang;
		const slugger = new GithubSlugger();
		return {
			name: 'steel-roses-heading-anchors',
			element: {
				filter: ['h2', 'h3'],
				visit(node, ctx) {
					const text = ctx.textContent(node).trim();
					const given = node.properties?.['id'];
					const id = typeof given === 'string' && given ? given : slugger.slug(text);
					ctx.setProperty(node, 'id', id);
					ctx.appendChild(node, {
						type: 'element',
						tagName: 'a',
						properties: { className: ['anchor'], href: `#${id}`, dataSearchIgnore: '' },
						children: [
							{
								type: 'element',
								tagName: 'span',
								properties: { ariaHidden: 'true' },
								children: [{ type: 'text', value: '#' }],
							},
							{
								type: 'element',
								tagName: 'span',
								properties: { className: ['sr-only'] },
								children: [{ type: 'text', value: format(ui[lang]['anchor.label'], { heading: text }) }],
							},
						],
					});
				},
			},
		};
	};
}
