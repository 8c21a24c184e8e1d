// 4. Accessibility: axe-core (injected from node_modules, never fetched) reports no
// violation, with every rule it runs by default (WCAG 2.x A and AA, and best
// practices), on:
// - each example's hub, with every QR code open, at the phone size, in light and dark;
// - the hub inside WeChat, where the "open in the browser" banner shows;
// - redirect pages in each state a visitor can meet without being sent away: the
//   overlay of an in-app browser, a phone browser trying the app, a WeChat code on a
//   desktop, and the page with JS off — in light and dark;
// - a retired key's page and the print sheet.
// axe needs its script in the page, which the pages' CSP forbids: these contexts bypass
// CSP (hub.test.mjs and redirect.test.mjs check the pages under it).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { agent, context, device, open, useExamples } from './lib.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const examples = useExamples();
const { servers } = examples;

/** axe's violations on the page as it is, one line each. */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** [what, site, path, user agent, options, prepare] */
const CASES = [
  ['hub, every code open', 'xiaoman', '/', 'iPhone Safari', {}, (page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }))],
  ['hub, every code open', 'alex-dev', '/', 'iPhone Safari', {}, (page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }))],
  ['hub inside WeChat (banner)', 'xiaoman', '/', 'WeChat on iOS', {}, null],
  ['hub on a desktop', 'alex-dev', '/', 'desktop Chrome', {}, null],
  ['redirect page, overlay', 'xiaoman', '/go/douyin/', 'WeChat on Android', {}, null],
  ['redirect page, overlay', 'alex-dev', '/go/x/', 'Instagram on iOS', {}, null],
  ['redirect page, trying the app', 'xiaoman', '/go/bilibili/', 'iPhone Safari', {}, null],
  ['redirect page, WeChat code on a desktop', 'xiaoman', '/go/wechat/', 'desktop Chrome', {}, null],
  ['redirect page, WeChat code inside WeChat', 'xiaoman', '/go/wechat_oa/', 'WeChat on iOS', {}, null],
  ['redirect page, e-mail', 'alex-dev', '/go/email/', 'Android Chrome', {}, null],
  ['redirect page, JS off', 'xiaoman', '/go/douyin/', 'iPhone Safari', { javaScriptEnabled: false }, null],
  ['404 page', 'xiaoman', '/missing', 'desktop Chrome', {}, null],
  ['retired key', 'xiaoman', '/go/taobao_shop-2/', 'desktop Chrome', {}, null],
  ['print sheet', 'xiaoman', '/print/', 'desktop Chrome', {}, null],
  ['print sheet', 'alex-dev', '/print/', 'iPhone Safari', {}, null],
];

for (const scheme of ['light', 'dark']) {
  describe(`axe-core, ${scheme} scheme`, () => {
    for (const [what, slug, path, name, options, prepare] of CASES) {
      test(`${slug}: ${what} (${name})`, async () => {
        const origin = servers[slug].origin;
        // axe is a script, so it needs JS on: "JS off" is the page served without its
        // script, which is what such a browser shows.
        const nojs = options.javaScriptEnabled === false;
        const ctx = await context(examples.browser, origin, { ...device(agent(name)), colorScheme: scheme, bypassCSP: true });
        await ctx.clock.install(); // the redirect page's fallback timer never fires
        const page = await ctx.newPage();
        if (nojs) {
          await page.route(`${origin}${path}`, async (route) => {
            const response = await route.fetch();
            const html = (await response.text()).replace(/<script>[\s\S]*?<\/script>/g, '');
            await route.fulfill({ response, body: html });
          });
        }
        try {
          await open(page, `${origin}${path}`);
          if (nojs) assert.equal(await page.locator('html.js').count(), 0, 'the page\'s script did not run');
          if (prepare) await prepare(page);
          assert.deepEqual(await violations(page), [], `${slug}${path} under ${name}`);
        } finally {
          await ctx.close();
        }
      });
    }
  });
}
