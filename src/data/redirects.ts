/**
 * Published addresses that moved. Once published, an address never dies: when a page's slug changes,
 * add `'old path': 'new path'` here (paths inside the site, without the base path), for example
 * `'zh/old-name/': 'zh/new-name/'`. The build turns each into a `_redirects` line (Cloudflare Pages,
 * Netlify) and a static redirect page (GitHub Pages and other hosts).
 */
export const redirects: Record<string, string> = {};
