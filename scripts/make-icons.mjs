#!/usr/bin/env node
// Renders public/icon/{16,32,48,128}.png from one SVG with Debian's Chromium (playwright-core).
// The icons are committed; run this only to change them.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#b3261e"/>
  <rect x="26" y="30" width="52" height="8" rx="4" fill="#fff" opacity=".9"/>
  <rect x="26" y="48" width="36" height="8" rx="4" fill="#fff" opacity=".9"/>
  <circle cx="70" cy="70" r="26" fill="none" stroke="#fff" stroke-width="11"/>
  <path d="M89 89 L106 106" stroke="#fff" stroke-width="13" stroke-linecap="round"/>
</svg>`;

mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
