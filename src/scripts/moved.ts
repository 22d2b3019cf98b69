/**
 * On a moved address's static page (hosts without `_redirects`, like GitHub Pages): go on to the new
 * address with the `#section` of the old one, which the page's `<meta http-equiv="refresh">` would drop,
 * so an old citation of a section still lands on that section. Without JavaScript the refresh still
 * leads to the page.
 */
export function followMove(): void {
	const link = document.querySelector<HTMLAnchorElement>('a[data-moved-to]');
	const to = link?.getAttribute('href');
	if (!link || !to) return;
	if (location.hash) link.href = `${to}${location.hash}`;
	location.replace(`${to}${location.hash}`);
}
