// Renders media/icon.svg to media/icon.png (128x128, transparent corners) with headless chromium.
// Usage: node scripts/vscode/render-icon.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRunDir, launchBrowser, removeRunDir } from './codeserver.mjs';
import { repoRoot } from './paths.mjs';

const SIZE = 128;
const svg = readFileSync(path.join(repoRoot, 'media', 'icon.svg'), 'utf8');
const dirs = createRunDir('icon');
const browser = await launchBrowser(dirs);
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const out = path.join(repoRoot, 'media', 'icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`[icon] ${path.relative(repoRoot, out)}`);
} finally {
  await browser.close();
  removeRunDir(dirs);
}
