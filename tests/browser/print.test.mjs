// 8. The print sheet, print/index.html, printed to PDF by Chromium (A4, as a visitor's
// "Save as PDF" would), every page of the PDF rasterised with poppler's pdftoppm, and
// every code read back with zbar: the codes on paper are exactly the shown accounts'
// codes, each on the A4 sheet and on a card. On screen, under its CSP, the sheet loads
// only the site's own files and logs no error; in print, its text for the creator is
// left out and each card is 85 × 55 mm.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  DESKTOP, EXAMPLES, MANIFEST, context, open, screenshotPath, useExamples, watch, zbar,
} from './lib.mjs';

const run = promisify(execFile);
const examples = useExamples();
const { servers } = examples;

/** Millimetres in CSS pixels (96 per inch). */
const mm = (n) => (n * 96) / 25.4;

for (const slug of EXAMPLES) {
  test(`${slug}: every code of the printed sheet scans`, async () => {
    const site = MANIFEST[slug];
    const origin = servers[slug].origin;
    const ctx = await context(examples.browser, origin, { viewport: DESKTOP });
    const page = await ctx.newPage();
    const w = await watch(page);
    const dir = mkdtempSync(path.join(tmpdir(), 'hutong-print-'));
    try {
      await open(page, `${origin}/print/`);
      await page.waitForLoadState('load');
      assert.equal(await page.getAttribute('html', 'lang'), site.lang);
      assert.equal(await page.getAttribute('meta[name=robots]', 'content'), 'noindex');
      const unloaded = await page.evaluate(() => [...document.images].filter((i) => !(i.complete && i.naturalWidth > 0)).map((i) => i.src));
      assert.deepEqual(unloaded, [], 'every image loads under the page\'s CSP');
      await page.screenshot({ path: screenshotPath(`print-${slug}`), fullPage: true });

      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => [...document.querySelectorAll('.in')].filter((e) => e.checkVisibility()).length);
      assert.equal(shown, 0, 'the text for the creator is not printed');
      const cards = await page.locator('.card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
      assert.equal(cards.length, site.accounts.length);
      for (const [width, height] of cards) {
        assert.ok(Math.abs(width - mm(85)) < 1 && Math.abs(height - mm(55)) < 1, `a card is ${width} × ${height} px`);
      }

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const file = path.join(dir, 'sheet.pdf');
      writeFileSync(file, pdf);
      await run('pdftoppm', ['-r', '150', '-png', file, path.join(dir, 'page')]);
      const pngs = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
      assert.ok(pngs.length >= 2, `the A4 sheet, then the cards: ${pngs.length} pages`);
      const read = [];
      for (const png of pngs) {
        const codes = await zbar(readFileSync(path.join(dir, png)));
        if (codes.length === 0) writeFileSync(screenshotPath(`unread-print-${slug}-${png}`), readFileSync(path.join(dir, png)));
        read.push(...codes);
      }
      const payloads = site.accounts.map((a) => a.payload);
      assert.deepEqual([...new Set(read)].sort(), [...new Set(payloads)].sort(), 'the codes on paper are the shown accounts\' codes');
      for (const payload of payloads) {
        assert.equal(read.filter((r) => r === payload).length, 2 * payloads.filter((p) => p === payload).length, `${payload}: on the sheet and on a card`);
      }
      assert.deepEqual(w.consoleErrors(), [], 'console errors');
      assert.deepEqual(w.errors, [], 'script errors');
      assert.deepEqual(w.failed, [], 'failed requests');
      assert.deepEqual(w.foreign, [], 'requests to other hosts');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await ctx.close();
    }
  });
}
