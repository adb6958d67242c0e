// Renders the Marketplace listing images from the one icon (addon/listing/icon.svg) in headless
// Chromium: icons of 32, 48, 96 and 128 px and the 220×140 promo tile, into
// docs/marketplace/images/ (or the folder given as the first argument). Image libraries with
// native install scripts are not used; Chromium is the one the sidebar tests already use.
//
//   npm run build:listing            -> docs/marketplace/images/*.png

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ICON_SIZES = [32, 48, 96, 128];
export const PROMO_TILE = { width: 220, height: 140 };
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function iconPage(svg, size) {
  return `<!doctype html><html><head><style>html,body{margin:0;background:transparent}
svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`;
}

function promoPage(svg) {
  return `<!doctype html><html><head><style>
html,body{margin:0;width:${PROMO_TILE.width}px;height:${PROMO_TILE.height}px;overflow:hidden}
body{background:#0f5c4a;color:#fff;font-family:'DejaVu Sans',Arial,sans-serif;display:flex;align-items:center;gap:12px;padding:0 16px;box-sizing:border-box}
svg{width:72px;height:72px;flex:none}
h1{margin:0;font-size:26px;letter-spacing:.5px}
p{margin:4px 0 0;font-size:11px;line-height:1.35;color:#e6f2ee}
</style></head><body>${svg}<div><h1>Art30</h1><p>GDPR Art. 30 register and deletion reminders</p></div></body></html>`;
}

/** Writes the icons and the promo tile; returns the files written. */
export async function renderListingImages(outDir = join(root, 'docs/marketplace/images')) {
  const svg = readFileSync(join(root, 'addon/listing/icon.svg'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
  const written = [];
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    // Nothing is fetched: the pages are self-contained.
    await page.route('**/*', (route) => route.abort());
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(iconPage(svg, size));
      const file = join(outDir, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      written.push(file);
    }
    await page.setViewportSize(PROMO_TILE);
    await page.setContent(promoPage(svg));
    const tile = join(outDir, 'promo-tile-220x140.png');
    await page.screenshot({ path: tile });
    written.push(tile);
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await renderListingImages(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Rendered ${files.length} listing images:\n${files.map((f) => `  ${f}`).join('\n')}`);
}
