// 1. The hub page of each example at a phone size (390×844, iPhone Safari) and a desktop
// size (1280×800, desktop Chrome), in light and dark colour schemes, served with the
// headers of its `_headers` file (so its Content-Security-Policy is enforced):
// - no console error (CSP violations are console errors), no script error, no failed
//   request, no request to any host but the page's own;
// - every account button visible, inside the page's width, with its label, note and link;
// - a click on an account's QR toggle (a <details>, no JS needed) shows an image that zbar
//   reads, from a screenshot, as the account's QR payload; the hub's own QR likewise;
// - copy buttons put the right text on the clipboard; share falls back to copying the link;
// - the page follows the colour scheme when its theme is auto, and keeps its own otherwise.
// Full-page screenshots go to the screenshots folder, named <site>-<size>-<scheme>.png.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXAMPLES, MANIFEST, agent, context, copied, device, hasCode, item, look, open, readQr, screenshotPath, useExamples, watch,
} from './lib.mjs';

const SIZES = { phone: agent('iPhone Safari'), desktop: agent('desktop Chrome') };
const DARK_BG = 'rgb(20, 20, 20)';
const LIGHT_BG = 'rgb(246, 246, 244)';

const examples = useExamples();
const { servers } = examples;


for (const slug of EXAMPLES) {
  const site = MANIFEST[slug];
  describe(`${slug} hub`, () => {
    for (const [size, ua] of Object.entries(SIZES)) {
      for (const scheme of ['light', 'dark']) {
        test(`${size}, ${scheme}`, async () => {
          const ctx = await context(examples.browser, servers[slug].origin, { ...device(ua), colorScheme: scheme });
          const page = await ctx.newPage();
          const w = await watch(page);
          const viewport = page.viewportSize();
          try {
            await open(page, `${servers[slug].origin}/`);
            await page.waitForLoadState('load');
            await page.screenshot({ path: screenshotPath(`${slug}-${size}-${scheme}`), fullPage: true });

            const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            const dark = site.mode === 'dark' || (site.mode === 'auto' && scheme === 'dark');
            assert.equal(bg, dark ? DARK_BG : LIGHT_BG, `theme ${site.mode} under a ${scheme} scheme`);
            assert.equal(await page.getAttribute('html', 'lang'), site.lang);
            assert.equal(await page.locator('h1').innerText(), site.name);
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            assert.ok(width <= viewport.width, `no sideways scrolling: the page is ${width}px wide`);

            assert.equal(await page.locator('li.c').count(), site.accounts.length, 'one button per account');
            for (const acc of site.accounts) {
              const li = item(page, acc);
              const button = li.locator(acc.web ? 'a.b' : hasCode(acc) ? 'summary.b' : 'div.b');
              await button.scrollIntoViewIfNeeded();
              assert.ok(await button.isVisible(), `${acc.key}: the button shows`);
              const box = await button.boundingBox();
              assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `${acc.key}: inside the page's width`);
              assert.ok(box.height >= 44, `${acc.key}: a ${box.height}px tap target`);
              assert.equal(await li.locator('.l').innerText(), acc.label, `${acc.key}: label`);
              if (acc.note) assert.equal(await li.locator('.n').first().innerText(), acc.note, `${acc.key}: note`);
              if (acc.web) assert.equal(await button.getAttribute('href'), acc.web, `${acc.key}: link`);
              await button.click({ trial: true }); // not covered by anything

              if (!hasCode(acc)) {
                assert.equal(await li.locator('img, details').count(), 0, `${acc.key}: no code of its own page`);
                continue;
              }
              // The QR code, a click away; WeChat's own accounts open theirs with the button.
              const toggle = li.locator(acc.web ? 'details.q > summary' : 'details.w > summary');
              await toggle.click();
              const { codes, box: qrBox } = await readQr(li.locator('img'));
              assert.deepEqual(codes, [acc.payload], `${acc.key}: zbar reads the code on screen`);
              assert.ok(qrBox.x >= 0 && qrBox.x + qrBox.width <= viewport.width, `${acc.key}: the code fits`);
              await toggle.click(); // and closes again
              assert.equal(await li.locator('img').isVisible(), false, `${acc.key}: the code closes`);
            }

            // The hub's own code: a tap away on a phone, shown beside the list on a
            // wide screen.
            let own = page.locator('.dq img');
            if (viewport.width < 900) {
              assert.equal(await own.isVisible(), false, 'a phone shows the toggle instead');
              await page.locator('details.sq > summary').click();
              own = page.locator('details.sq img');
            }
            const { codes } = await readQr(own);
            assert.deepEqual(codes, [site.base_url], 'the hub\'s own code reads as its address');

            // Copy buttons.
            for (const acc of site.accounts) {
              const li = item(page, acc);
              if (acc.copy) {
                const copy = li.locator('button[data-c]');
                assert.ok(await copy.isVisible(), `${acc.key}: copy button`);
                assert.equal(await li.locator('.id').innerText(), acc.copy);
                assert.equal(await copied(page, () => copy.click()), acc.copy, `${acc.key}: copied text`);
                assert.ok((await look(page, ['#st']))['#st'].visible, 'the status line says it was copied');
              } else {
                assert.equal(await li.locator('button[data-c]').count(), 0, `${acc.key}: nothing to copy`);
              }
            }

            // Share: the system sheet where there is one, else the link is copied.
            if (size === 'phone') {
              await page.evaluate(() => { navigator.share = (data) => { window.shared = data; return Promise.resolve(); }; });
              await page.locator('#sh').click();
              assert.equal(await page.evaluate(() => window.shared?.url), site.base_url, 'navigator.share gets the address');
            } else {
              await page.evaluate(() => { delete Navigator.prototype.share; delete navigator.share; });
              assert.equal(await copied(page, () => page.locator('#sh').click()), site.base_url, 'share copies the address');
            }

            if (site.icp) assert.equal(await page.locator('footer a').first().innerText(), site.icp, 'filing number');

            assert.deepEqual(w.consoleErrors(), [], 'console errors');
            assert.deepEqual(w.errors, [], 'script errors');
            assert.deepEqual(w.failed, [], 'failed requests');
            assert.deepEqual(w.foreign, [], 'requests to other hosts');
            assert.deepEqual(w.navigations, [], 'the hub went nowhere');
            assert.deepEqual(w.dialogs, [], 'dialogs');
          } finally {
            await ctx.close();
          }
        });
      }
    }

    for (const name of ['WeChat on iOS', 'Douyin on Android']) {
      test(`inside ${name}: the banner, and taps follow the plain links`, async () => {
        const ua = agent(name);
        const ctx = await context(examples.browser, servers[slug].origin, device(ua));
        try {
          const page = await ctx.newPage();
          const w = await watch(page);
          await open(page, `${servers[slug].origin}/`);
          // The platform decides: an app on either system, even without a link to it here.
          const apps = site.accounts.filter((a) => a.has_app && a.web);
          const seen = await look(page, ['#ib']);
          assert.equal(seen['#ib'].visible, apps.length > 0, 'the banner shows when an app could open outside');
          if (apps.length) assert.equal(/Safari/.test(seen['#ib'].text), ua.os === 'ios', 'the banner speaks of this system');
          const wx = site.accounts.filter((a) => a.wx && hasCode(a));
          for (const acc of wx) {
            const open = await page.locator(`details.w:has(img[src="qr/${acc.key}.png"])`).evaluate((d) => d.open);
            assert.equal(open, ua.app === 'wechat', `${acc.key}: a WeChat code starts open inside WeChat only`);
          }
          await page.close();
          for (const acc of apps) {
            const tab = await ctx.newPage();
            const tw = await watch(tab);
            await open(tab, `${servers[slug].origin}/`);
            await item(tab, acc).locator('a.b').click({ noWaitAfter: true });
            for (let i = 0; i < 100 && tw.navigations.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
            await new Promise((r) => setTimeout(r, 200));
            assert.deepEqual(tw.navigations.map((n) => n.url), [acc.web], `${acc.key}: the web link itself, no app link`);
            await tab.close();
          }
          assert.deepEqual(w.consoleErrors(), [], 'console errors');
          assert.deepEqual(w.foreign, [], 'requests to other hosts');
        } finally {
          await ctx.close();
        }
      });
    }

    test('a tap on a phone goes through the redirect page when the app can open', async () => {
      const ctx = await context(examples.browser, servers[slug].origin, device(SIZES.phone));
      try {
        for (const acc of site.accounts.filter((a) => a.web)) {
          // A page per tap: after an app link, headless Chromium takes no more input in
          // that tab.
          const page = await ctx.newPage();
          const w = await watch(page);
          await page.goto(`${servers[slug].origin}/`);
          await item(page, acc).locator('a.b').click({ noWaitAfter: true });
          const count = acc.ios ? 2 : 1;
          for (let i = 0; i < 100 && w.navigations.length < count; i++) await new Promise((r) => setTimeout(r, 50));
          const urls = w.navigations.slice(0, count).map((n) => n.url);
          if (acc.ios) {
            assert.deepEqual(urls, [`${servers[slug].origin}/go/${acc.key}/`, acc.ios], `${acc.key}: the redirect page, then the app`);
          } else {
            assert.deepEqual(urls, [acc.web], `${acc.key}: the link itself`);
          }
          await page.close();
        }
      } finally {
        await ctx.close();
      }
    });
  });
}
