/**
 * Draws the share image (Open Graph, 1200×630), the home-screen icons (192, 512) and the press kit's
 * logo in PNG (public/press/logo.png, from public/press/logo.svg at twice its size) with the local
 * Chromium, from the favicon and the site's names. Run by hand when the design changes; the PNGs are
 * committed in public/ so builds need no browser.
 *
 *   node scripts/make-images.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, chromiumArgs } from './lib/browser.ts';

const icon = readFileSync('public/favicon.svg', 'utf8');
const font = "'Noto Sans CJK SC', 'PingFang SC', sans-serif";
const share = `<body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:60px;padding:0 90px;box-sizing:border-box;background:#8c1d40;color:#fff;font-family:${font}">
<div style="width:220px;flex:none">${icon.replace('<svg', '<svg width="220" height="220"')}</div>
<div><div style="font-size:96px;font-weight:700;line-height:1.1">铿锵玫瑰</div>
<div style="font-size:50px;margin-top:10px">Les Roses d'Acier · Steel Roses</div>
<div style="font-size:32px;margin-top:36px;white-space:nowrap">权利 · 健康 · 安全 — Droits · Santé · Sécurité</div></div></body>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(share);
await page.screenshot({ path: 'public/share.png' });
for (const size of [192, 512]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0">${icon.replace('<svg', `<svg width="${size}" height="${size}"`).replace('rx="14"', 'rx="0"')}</body>`,
	);
	await page.screenshot({ path: `public/icon-${size}.png` });
}
const logo = readFileSync('public/press/logo.svg', 'utf8');
const print = await browser.newPage({ deviceScaleFactor: 2, viewport: { width: 880, height: 240 } });
await print.setContent(`<body style="margin:0">${logo}</body>`);
await print.screenshot({ path: 'public/press/logo.png' });
await browser.close();
console.log('wrote public/share.png, public/icon-192.png, public/icon-512.png, public/press/logo.png');
