// Renders a generated weekdate page in the system's headless Chromium, saves a full-page screenshot and checks
// that the page loaded and each section heading is visible. Usage: node weekdate-screenshot.mjs <page.html> <shot.png>
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [htmlPath, shot] = process.argv.slice(2);
if (!htmlPath || !shot) {
  console.error('usage: node weekdate-screenshot.mjs <page.html> <shot.png>');
  process.exit(2);
}
const headings = ['Nieuwe vacatures', 'Nieuwe en gewijzigde kandidaten', 'Bijna-matches', 'Mismatch', 'Opvolging'];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const response = await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
  const title = await page.title();
  const missing = [];
  for (const heading of headings) {
    const visible = await page.locator('h2', { hasText: heading }).first().isVisible();
    if (!visible) missing.push(heading);
  }
  await page.screenshot({ path: shot, fullPage: true });
  console.log(JSON.stringify({ loaded: response?.ok() ?? true, title, missing }));
  process.exitCode = missing.length === 0 && title.startsWith('Weekdate') ? 0 : 1;
} finally {
  await browser.close();
}
