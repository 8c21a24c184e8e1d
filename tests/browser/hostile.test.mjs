// 6. Hostile input: tests/fixtures/hostile/site.yaml puts script-injection attempts in
// every text field (`<script>`, `"><img onerror=…>`, attribute breakouts, `javascript:`
// in Markdown links and labels, `</script>` in QR text, template syntax…). Its pages are
// opened in a phone browser, in WeChat (where the WeChat codes open by themselves) and
// on a desktop, each with the page's CSP enforced and again with CSP bypassed — so the
// escaping itself is tested, not only the policy behind it:
// - no dialog, no script error, no CSP violation, no markup that the text smuggled in
//   (no extra <script>, no on* attribute, no javascript: link, no <img> with a
//   handler), nothing loaded from elsewhere;
// - every text shows literally where the page shows it;
// - the QR code whose text holds `</script>` reads back as exactly that text.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MANIFEST, agent, context, copied, device, heading, launch, open, readQr, screenshotPath, serve, watch,
} from './lib.mjs';

const SLUG = 'hostile';
const site = MANIFEST[SLUG];

/** Set before any page script: records what an injected script would call. */
const TRAP = () => {
  window.__ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const real = window[name];
    window[name] = (...args) => { window.__ran.push(`${name}(${args.join(',')})`); return real?.call(window, ...args); };
  }
  document.addEventListener('securitypolicyviolation', (e) => window.__ran.push(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
};

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(SLUG);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Markup that only an injection could have put in the page. */
async function smuggled(page, expected) {
  return page.evaluate((expected) => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.localName}[${attr.name}=${attr.value}]`);
      }
    }
    const scripts = [...document.scripts].map((s) => s.type || 'inline');
    if (scripts.join() !== expected.join()) found.push(`scripts: ${scripts.join()}`);
    if (document.querySelectorAll('style').length !== 1) found.push(`${document.querySelectorAll('style').length} <style>`);
    if (document.querySelectorAll('h1').length !== 1) found.push(`${document.querySelectorAll('h1').length} <h1>`);
    for (const img of document.images) {
      // The site's own pictures only: the avatar, QR codes, a go page's platform mark.
      if (!/^(\.\.\/\.\.\/)?(avatar-[0-9a-f]+\.\w+|qr\/[\w-]+\.(png|svg)|marks\/[a-z0-9_]+\.svg)$/.test(img.getAttribute('src'))) found.push(`img ${img.getAttribute('src')}`);
    }
    if (document.querySelector('.bio script, .bio img, .bio svg, .bio iframe, .bio style')) found.push('markup in the bio');
    return found;
  }, expected);
}

/** The scripts each page has of its own. */
const HUB_SCRIPTS = ['application/ld+json', 'inline'];
const GO_SCRIPTS = ['inline'];

const AGENTS = ['iPhone Safari', 'WeChat on Android', 'desktop Chrome'];

for (const bypassCSP of [false, true]) {
  describe(`hostile site, CSP ${bypassCSP ? 'bypassed' : 'enforced'}`, () => {
    for (const name of AGENTS) {
      test(`${name}: the hub and every redirect page`, async () => {
        const ctx = await context(browser, server.origin, { ...device(agent(name)), bypassCSP });
        await ctx.addInitScript(TRAP);
        await ctx.clock.install();
        try {
          const page = await ctx.newPage();
          const w = await watch(page);
          await open(page, `${server.origin}/`);
          await page.waitForLoadState('load');
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          await page.clock.runFor(5000);
          if (!bypassCSP) await page.screenshot({ path: screenshotPath(`hostile-${name.replaceAll(' ', '-')}`), fullPage: true });

          assert.equal(await page.title(), `${site.name} · ${site.tagline}`, 'the title, literally');
          assert.equal(await page.locator('h1').innerText(), site.name, 'the name, literally');
          assert.equal(await page.locator('.tg').innerText(), site.tagline, 'the tagline, literally');
          for (const acc of site.accounts) {
            const li = page.locator(`li.c:has(img[src="qr/${acc.key}.png"])`);
            assert.equal(await li.locator('.l').innerText(), acc.label, `${acc.key}: label`);
            if (acc.note) assert.equal(await li.locator('.n').innerText(), acc.note, `${acc.key}: note`);
            assert.equal(await li.locator('img').getAttribute('alt'), `QR code for ${acc.label}`, `${acc.key}: alt text`);
            if (acc.web) assert.equal(await li.locator('a.b').getAttribute('href'), acc.web, `${acc.key}: link`);
            if (acc.group) {
              const heading = page.locator('h2.g', { hasText: acc.group });
              assert.equal(await heading.innerText(), acc.group, `${acc.key}: group heading`);
            }
          }
          assert.deepEqual(await page.locator('footer a').allInnerTexts(), [site.icp, site.police], 'filing numbers');
          const bio = await page.locator('.bio').innerText();
          for (const text of ['click me', 'raw anchor', "</script><script>alert('code')</script>"]) {
            assert.ok(bio.includes(text), `the bio shows ${JSON.stringify(text)}: ${bio}`);
          }
          assert.equal(await page.locator('.bio a').count(), 0, 'no link survives from the bio: none is http(s)');

          const wechat = site.accounts.find((a) => a.platform === 'wechat');
          const { codes } = await readQr(page.locator('img[src="qr/wechat.png"]'), 'hostile-wechat');
          assert.deepEqual(codes, [wechat.qr], 'the code reads back as its text, </script> and all');
          if (name === 'desktop Chrome') {
            assert.equal(await copied(page, () => page.locator('button[data-c]').first().click()), wechat.copy);
          }

          assert.deepEqual(await smuggled(page, HUB_SCRIPTS), [], 'markup smuggled into the hub');
          assert.deepEqual(await page.evaluate(() => window.__ran), [], 'what injected code ran on the hub');
          assert.deepEqual(w.dialogs, [], 'dialogs');
          assert.deepEqual(w.errors, [], 'script errors');
          assert.deepEqual(w.consoleErrors(), [], 'console errors');
          assert.deepEqual(w.foreign, [], 'requests to other hosts');

          for (const acc of site.accounts) {
            w.reset();
            await open(page, `${server.origin}/go/${acc.key}/`);
            const where = `go/${acc.key}/`;
            await new Promise((resolve) => setTimeout(resolve, 100));
            const away = w.navigations.find((n) => /^https?:/.test(n.url));
            if (away) {
              for (let i = 0; i < 40 && page.url() !== away.url; i++) await new Promise((r) => setTimeout(r, 50));
              assert.equal(page.url(), acc.web, `${where}: went to the account's page`);
            } else {
              await page.clock.runFor(1000);
              // Whose account it is, the name and label literally; a label that says more
              // than the platform's name stands under the heading.
              const title = heading(site, acc);
              assert.equal(await page.locator('h1').innerText(), title, `${where}: the heading, literally`);
              assert.equal(await page.title(), title, `${where}: the title, literally`);
              const what = acc.platform === 'link' ? acc.label : acc.platform_name;
              if (acc.label !== what) {
                assert.equal(await page.locator('.hd .lb').innerText(), acc.label, `${where}: the label, literally`);
              }
              if (acc.note) assert.equal(await page.locator('main > .n').first().innerText(), acc.note, `${where}: note`);
              assert.deepEqual(await smuggled(page, GO_SCRIPTS), [], `${where}: smuggled markup`);
              assert.deepEqual(await page.evaluate(() => window.__ran), [], `${where}: what injected code ran`);
            }
            assert.deepEqual(w.dialogs, [], `${where}: dialogs`);
            assert.deepEqual(w.errors, [], `${where}: script errors`);
            assert.deepEqual(w.consoleErrors(), [], `${where}: console errors`);
            assert.ok(w.navigations.every((n) => !/^javascript:/i.test(n.url)), `${where}: a javascript: navigation`);
            const allowed = new Set([acc.web]);
            assert.deepEqual(w.foreign.filter((u) => !allowed.has(u)), [], `${where}: requests to other hosts`);
          }

          w.reset();
          const response = await page.goto(`${server.origin}/missing`);
          assert.equal(response.status(), 404);
          assert.ok((await page.title()).endsWith(` · ${site.name}`), '404: the name, literally');
          assert.deepEqual(await smuggled(page, []), [], '404: smuggled markup');
          assert.deepEqual(w.dialogs, [], '404: dialogs');
        } finally {
          await ctx.close();
        }
      });
    }
  });
}
