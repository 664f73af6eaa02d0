// The README's screenshots of the workbench (docs/werkbank-*.png), one viewport each, taken from a running demo host:
//   make run DATA=/tmp/docs-data        (in another terminal)
//   node tests/browser/workbench-screenshots.mjs http://127.0.0.1:5080 docs
// Look at every picture before committing it: they are reviewed documentation, not test output.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const out = process.argv[3] ?? 'docs';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${base}/aanmelden`);
  await page.screenshot({ path: `${out}/werkbank-aanmelden.png` });
  await page.getByRole('button', { name: 'Netwerker Dalfsen' }).click();
  await page.waitForURL(`${base}/`);
  await page.screenshot({ path: `${out}/werkbank-vacatures.png` });

  await page.goto(`${base}/vacatures/VAC-0034`);
  await page.screenshot({ path: `${out}/werkbank-vacature-kandidaten.png` });
  // An invitation, so the follow-up list has something to show.
  await page.getByRole('button', { name: /Uitgenodigd/ }).first().click();
  await page.waitForLoadState('load');

  await page.goto(`${base}/opvolging`);
  await page.screenshot({ path: `${out}/werkbank-opvolging.png` });
  await page.goto(`${base}/weekdate`);
  await page.screenshot({ path: `${out}/werkbank-weekdate.png` });
  const profile = await page.goto(`${base}/kandidaten/DAL-000004`);
  if (profile?.ok()) await page.screenshot({ path: `${out}/werkbank-kandidaat.png` });
  const matches = await page.goto(`${base}/kandidaten/DAL-000011/vacatures`);
  if (matches?.ok()) await page.screenshot({ path: `${out}/werkbank-kandidaat-vacatures.png` });
  await page.goto(`${base}/profielkwaliteit`);
  await page.screenshot({ path: `${out}/werkbank-profielkwaliteit.png` });
} finally {
  await browser.close();
}
