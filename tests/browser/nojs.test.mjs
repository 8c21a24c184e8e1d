// 3. With JavaScript off, the hub and every redirect page still give working plain
// links and visible QR codes:
// - hub: every account's button is a link to its web profile that a click follows;
//   every QR toggle opens a code zbar reads; no dead copy or share button shows;
// - redirect page: nothing happens by itself; the app links (each marked with its
//   system), the web link and the QR code show, and a click on each link is followed;
//   no overlay, no dead button.
// And the 404 page a host gives for a missing path, with JS on: no error, nothing
// loaded from elsewhere, a way back.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXAMPLES, MANIFEST, agent, context, device, hasCode, item, look, open, readQr, screenshotPath, useExamples, watch,
} from './lib.mjs';

const PHONE = agent('iPhone Safari');

const examples = useExamples();
const { servers } = examples;

/** Clicks a link and gives the navigation it asked for, on a fresh page (see hub.test.mjs). */
async function follow(ctx, url, selector) {
  const page = await ctx.newPage();
  const w = await watch(page);
  await open(page, url);
  await page.locator(selector).click({ noWaitAfter: true });
  for (let i = 0; i < 100 && w.navigations.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  await page.close();
  return w.navigations.map((n) => n.url);
}

for (const slug of EXAMPLES) {
  const site = MANIFEST[slug];
  const origin = () => servers[slug].origin;
  describe(`${slug} without JavaScript`, () => {
    test('hub: plain links, QR codes a click away, no dead buttons', async () => {
      const ctx = await context(examples.browser, origin(), { ...device(PHONE), javaScriptEnabled: false });
      const page = await ctx.newPage();
      const w = await watch(page);
      try {
        await open(page, `${origin()}/`);
        await page.waitForLoadState('load');
        await page.screenshot({ path: screenshotPath(`${slug}-phone-nojs`), fullPage: true });
        assert.equal(await page.locator('button:visible').count(), 0, 'no button that needs JS shows');
        assert.equal(await page.locator('#ib').isVisible(), false, 'no in-app banner');
        for (const acc of site.accounts) {
          const li = item(page, acc);
          const button = li.locator(acc.web ? 'a.b' : hasCode(acc) ? 'summary.b' : 'div.b');
          assert.ok(await button.isVisible(), `${acc.key}: the button shows`);
          assert.equal(await li.locator('.l').innerText(), acc.label);
          if (acc.copy) assert.ok(await li.locator('.id').isVisible(), `${acc.key}: the id shows, to copy by hand`);
          if (!hasCode(acc)) {
            assert.equal(await li.locator('img').count(), 0, `${acc.key}: no code of its own page`);
            continue;
          }
          await li.locator(acc.web ? 'details.q > summary' : 'details.w > summary').click();
          const { codes } = await readQr(li.locator('img'), `nojs-${slug}-${acc.key}`);
          assert.deepEqual(codes, [acc.payload], `${acc.key}: zbar reads the code`);
        }
        await page.locator('details.sq > summary').click();
        assert.deepEqual((await readQr(page.locator('details.sq img'))).codes, [site.base_url], 'the hub\'s own code');
        assert.deepEqual(w.navigations, []);
        assert.deepEqual(w.foreign, [], 'requests to other hosts');
        assert.deepEqual(w.failed, [], 'failed requests');
        assert.deepEqual(w.console, [], 'console errors');
        await page.close();
        for (const acc of site.accounts.filter((a) => a.web)) {
          const li = hasCode(acc) ? `li.c:has(img[src="qr/${acc.key}.png"]) a.b` : `li.c:has(.l:text-is(${JSON.stringify(acc.label)})) a.b`;
          assert.deepEqual(await follow(ctx, `${origin()}/`, li), [acc.web], `${acc.key}: a click follows the link`);
        }
      } finally {
        await ctx.close();
      }
    });

    test('every redirect page: plain links and the QR code, nothing automatic', async () => {
      const ctx = await context(examples.browser, origin(), { ...device(PHONE), javaScriptEnabled: false });
      const page = await ctx.newPage();
      const w = await watch(page);
      try {
        for (const acc of site.accounts) {
          const url = `${origin()}/go/${acc.key}/`;
          const where = `${slug}/go/${acc.key}/`;
          w.reset();
          await open(page, url);
          await page.waitForLoadState('load');
          assert.deepEqual(w.navigations, [], `${where}: nothing happens by itself`);
          const seen = await look(page, ['#ov', '#op', '#ai', '#aa', '#w', '#ai .os', '#aa .os', '.bk a']);
          assert.equal(seen['#ov'].visible, false, `${where}: no overlay`);
          assert.equal(seen['#op'].visible, false, `${where}: no "opening the app"`);
          assert.equal(await page.locator('button:visible').count(), 0, `${where}: no button that needs JS`);
          for (const [sel, link] of [['#ai', acc.ios], ['#aa', acc.android], ['#w', acc.web]]) {
            assert.equal(seen[sel].visible, !!link, `${where}: ${sel} ${link ? 'shows' : 'is absent'}`);
            if (link) assert.equal(seen[sel].href, link, `${where}: ${sel} links to ${link}`);
          }
          if (acc.ios && acc.android) {
            assert.ok(seen['#ai .os'].visible && seen['#aa .os'].visible, `${where}: each app button names its system`);
          }
          assert.equal(seen['.bk a'].href, '../../', `${where}: the way back to the hub`);
          if (hasCode(acc)) {
            const { codes } = await readQr(page.locator('figure.qr img'), `nojs-go-${slug}-${acc.key}`);
            assert.deepEqual(codes, [acc.payload], `${where}: zbar reads the code`);
          } else {
            // The header's avatar and mark are the only pictures.
            assert.equal(await page.locator('main img').count(), 0, `${where}: no code of the page itself`);
          }
          assert.deepEqual(w.foreign, [], `${where}: requests to other hosts`);
          assert.deepEqual(w.failed, [], `${where}: failed requests`);
          assert.deepEqual(w.console, [], `${where}: console errors`);
          if (acc.key === 'douyin' || acc.key === 'x') {
            await page.screenshot({ path: screenshotPath(`go-${slug}-${acc.key}-nojs`), fullPage: true });
          }
        }
        await page.close();
        for (const acc of site.accounts) {
          for (const [sel, link] of [['#ai', acc.ios], ['#aa', acc.android], ['#w', acc.web]]) {
            if (!link) continue;
            const got = await follow(ctx, `${origin()}/go/${acc.key}/`, sel);
            assert.deepEqual(got, [link], `${slug}/go/${acc.key}/: a click on ${sel} follows it`);
          }
        }
      } finally {
        await ctx.close();
      }
    });

    test('404 page: served for a missing path, no error, nothing from elsewhere', async () => {
      const ctx = await context(examples.browser, origin(), device(agent('desktop Chrome')));
      const page = await ctx.newPage();
      const w = await watch(page);
      try {
        for (const path of ['/missing', '/go/missing/deeper/']) {
          w.reset();
          const response = await page.goto(`${origin()}${path}`);
          assert.equal(response.status(), 404, path);
          assert.equal(await page.locator('a.bt').getAttribute('href'), site.base_url, `${path}: back to the hub`);
          assert.deepEqual(w.consoleErrors().filter((m) => !/status of 404/.test(m)), [], `${path}: console errors`);
          assert.deepEqual(w.foreign, [], `${path}: requests to other hosts`);
          assert.deepEqual(w.errors, [], path);
        }
      } finally {
        await ctx.close();
      }
    });
  });
}
