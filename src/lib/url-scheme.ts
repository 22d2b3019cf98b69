/**
 * The scheme of an address in lower case (`JavaScript:x` → `javascript`), ignoring the control
 * characters and spaces browsers ignore: one reading for the content checks (src/lib/markdown/) and
 * the built-HTML checks (src/lib/built-html.ts), so both see what a browser would follow.
 */
export function schemeOf(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- browsers drop these characters, so must the check
	const cleaned = url.replace(/[\u0000-\u0020]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}
