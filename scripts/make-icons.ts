/**
 * Renders public/favicon.svg to the PNG icons the web app manifest lists, with headless
 * Chromium. Run once after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage();
for (const [size, maskable] of [
  [192, false],
  [512, false],
  [512, true],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable icons keep their content inside the central 80% safe zone.
  const inner = maskable ? Math.round(size * 0.7) : size;
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#0f766e' : 'transparent'}">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  const name = maskable ? `icon-${size}-maskable.png` : `icon-${size}.png`;
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: !maskable });
  console.log(`public/icons/${name}`);
}
await browser.close();
