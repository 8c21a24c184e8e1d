// 2. Every redirect page of the examples, under the user agents of real browsers and
// in-app browsers (tests/js/user-agents.json says where each string comes from),
// against what a redirect page must do:
// - a desktop goes straight to an http(s) web profile; with none, it shows the QR code
//   large and the ID to copy;
// - a phone browser tries the app link for its own system, keeps a visible "open in
//   app" button and "continue on the web" link, and falls back to the web after a
//   timer;
// - an in-app browser that blocks app links never tries one: when the platform has an
//   app (on either system, whether or not this account has a link to it) it shows the
//   overlay (in the page's language, with the system's wording), the web link and a
//   working copy-link button; a WeChat account inside WeChat shows its code (when the
//   creator gave one) and ID; with no app at all it goes to the web profile.
// Navigations are intercepted (lib.mjs `watch`): nothing leaves the machine, and app
// links that never become requests are seen through the DevTools protocol. The page's
// timers run on Playwright's fake clock, so the fallback is checked without waiting.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXAMPLES, MANIFEST, agent, context, copied, device, hasCode, heading, look, open, screenshotPath, useExamples, watch,
} from './lib.mjs';

/** The user agents the issue names, by their names in tests/js/user-agents.json. */
const AGENTS = [
  'desktop Chrome', 'iPhone Safari', 'Android Chrome', 'WeChat on iOS', 'WeChat on Android', 'WeCom',
  'QQ on iOS', 'QQ on Android', 'Weibo on iOS', 'Douyin on Android', 'Xiaohongshu on iOS', 'Instagram on iOS',
];
/** The account whose page is screenshotted for each user agent. */
const SHOT = { xiaoman: 'douyin', 'alex-dev': 'x' };

const web = (url) => typeof url === 'string' && /^https?:\/\//.test(url);

/** The redirect page's identity as shown: its heading, title and images (loaded or not). */
async function identity(page) {
  return page.evaluate(() => ({
    h1: document.querySelector('.hd h1')?.textContent,
    title: document.title,
    images: [...document.querySelectorAll('.hd img')].map((i) => ({
      src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0, width: i.getBoundingClientRect().width,
    })),
  }));
}

/** What kind of browser a user agent is, from the fixture's hand-written `os` and `app`. */
function kind(ua) {
  if (ua.os === 'other') return 'desktop';
  return ua.app === '' || ua.app === 'qqbrowser' ? 'phone' : 'in-app';
}

/** The redirect page's behaviour for one page under one user agent. */
function expected(ua, acc) {
  const k = kind(ua);
  const link = ua.os === 'ios' ? acc.ios : ua.os === 'android' ? acc.android : null;
  if (k === 'desktop') return web(acc.web) ? { go: acc.web } : { stay: 'code' };
  if (k === 'phone') {
    if (link) return { app: link, then: web(acc.web) ? acc.web : null };
    return web(acc.web) ? { go: acc.web } : { stay: 'code' };
  }
  if (acc.wx && ua.app === 'wechat') return { stay: 'code' };
  // The platform decides, not this account's links: an app on either system.
  if (acc.has_app) return { stay: 'overlay' };
  return web(acc.web) ? { go: acc.web } : { stay: 'code' };
}

const examples = useExamples();
const { servers } = examples;

/** Lets the page's timers run (fake clock), then gives late events a moment. */
async function settle(page, ms) {
  await page.clock.runFor(ms);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

async function until(check, what) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(check(), what);
}

const SELECTORS = ['#ov', '#oi', '#oa', '#op', '#ai', '#aa', '#w', '#cl', 'figure.qr img', '.x .id', '.x button', '#st'];

for (const name of AGENTS) {
  const ua = agent(name);
  describe(`${name} (${kind(ua)})`, () => {
    for (const slug of EXAMPLES) {
      const site = MANIFEST[slug];
      test(`${slug}: every redirect page`, async () => {
        const ctx = await context(examples.browser, servers[slug].origin, device(ua));
        await ctx.clock.install();
        // A tab is reused while the pages it showed stayed put (a new tab costs more than
        // the test of a page); after any navigation the next page gets a new one: after
        // an app link, headless Chromium may take no more clicks in that tab.
        let page;
        let w;
        try {
          for (const acc of site.accounts) {
            const want = expected(ua, acc);
            const where = `${name} · ${slug}/go/${acc.key}/ (${JSON.stringify(want)})`;
            if (!page || w.navigations.length > 0) {
              await page?.close();
              page = await ctx.newPage();
              w = await watch(page);
            }
            w.reset();
            await open(page, `${servers[slug].origin}/go/${acc.key}/`);

            if (want.go) {
              await until(() => w.navigations.length > 0, `${where}: no navigation`);
              assert.deepEqual(w.navigations.map((n) => n.url), [want.go], `${where}: straight to the web`);
              await until(() => page.url() === want.go, `${where}: landed on the web page`);
            } else if (want.app) {
              await until(() => w.navigations.length > 0, `${where}: no app attempt`);
              assert.deepEqual(w.navigations.map((n) => n.url), [want.app], `${where}: the app link first`);
              const own = ua.os === 'ios' ? '#ai' : '#aa';
              const other = ua.os === 'ios' ? '#aa' : '#ai';
              const seen = await look(page, SELECTORS);
              assert.ok(seen[own].visible, `${where}: "open in app" stays visible`);
              assert.equal(seen[own].href, want.app, where);
              assert.equal(seen[other].visible, false, `${where}: the other system's button is hidden`);
              assert.ok(seen['#op'].visible, `${where}: "opening the app" shows`);
              assert.equal(seen['#ov'].visible, false, `${where}: no overlay`);
              if (acc.web) assert.ok(seen['#w'].visible, `${where}: "continue on the web" stays visible`);
              await page.locator(own).click({ trial: true }); // visible, enabled, not covered
              await settle(page, 2500);
              if (want.then) {
                await until(() => w.navigations.length > 1, `${where}: no fallback to the web`);
                await until(() => page.url() === want.then, `${where}: landed on the web page`);
              }
              const then = w.navigations.slice(1).map((n) => n.url);
              assert.deepEqual(then, want.then ? [want.then] : [], `${where}: the fallback after the timer`);
            } else {
              await settle(page, 5000);
              assert.deepEqual(w.navigations, [], `${where}: the page stays`);
              assert.deepEqual(w.failed, [], `${where}: failed requests`);
              assert.equal(await page.getAttribute('html', 'lang'), site.lang, where);
              const seen = await look(page, SELECTORS);
              if (SHOT[slug] === acc.key) {
                await page.screenshot({ path: screenshotPath(`go-${slug}-${acc.key}-${name.replaceAll(' ', '-')}`) });
              }
              for (const sel of ['#ai', '#aa']) assert.equal(seen[sel].visible, false, `${where}: ${sel} hidden`);
              // Whose page it is: the heading and title, the avatar (when the site has
              // one) and the platform's mark, both loaded from the site.
              const me = await identity(page);
              assert.equal(me.h1, heading(site, acc), `${where}: the heading says whose account it is`);
              assert.equal(me.title, me.h1, `${where}: the title too`);
              assert.deepEqual(me.images.map((i) => i.src.replace(/avatar-[0-9a-f]+/, 'avatar')),
                [...(site.avatar ? ['../../avatar.png'] : []), `../../marks/${acc.platform}.svg`], where);
              for (const i of me.images) assert.ok(i.loaded && i.width >= 40, `${where}: ${i.src} shows`);
              assert.equal(seen['figure.qr img'].visible, hasCode(acc), `${where}: the QR code shows, unless it would be the page's own`);
              if (want.stay === 'overlay') {
                assert.ok(seen['#ov'].visible, `${where}: the overlay shows`);
                const [shown, hidden] = ua.os === 'ios' ? ['#oi', '#oa'] : ['#oa', '#oi'];
                assert.ok(seen[shown].visible, `${where}: the overlay speaks of this system`);
                assert.equal(seen[hidden].visible, false, where);
                assert.equal(/Safari/.test(seen['#ov'].text), ua.os === 'ios', `${where}: Safari on iOS only`);
                assert.ok(seen['#w'].visible, `${where}: the web link stays`);
                assert.equal(seen['#w'].href, acc.web, where);
                await page.locator('#w').click({ trial: true });
                assert.ok(seen['#cl'].visible, `${where}: the copy-link button shows`);
                const text = await copied(page, () => page.locator('#cl').click());
                assert.equal(text, acc.go, `${where}: copy link copies the redirect page's address`);
              } else {
                assert.equal(seen['#ov'].visible, false, `${where}: no overlay`);
                const size = seen['figure.qr img'].width;
                if (hasCode(acc)) assert.ok(size >= (kind(ua) === 'desktop' || ua.app === 'wechat' ? 260 : 200), `${where}: the code is ${size}px`);
                if (acc.web) assert.ok(seen['#w'].visible, `${where}: the link stays, for a tap`);
              }
              if (acc.copy) {
                assert.equal(seen['.x .id'].text, acc.copy, where);
                assert.ok(seen['.x button'].visible, `${where}: the copy button shows`);
                const text = await copied(page, () => page.locator('.x button').click());
                assert.equal(text, acc.copy, `${where}: the copy button`);
                assert.ok((await look(page, ['#st']))['#st'].visible, `${where}: "copied" is said`);
              }
            }
            if (kind(ua) === 'in-app') {
              await settle(page, 5000);
              assert.deepEqual(w.appAttempts(), [], `${where}: an app link inside a browser that blocks them`);
            }
            assert.deepEqual(w.consoleErrors(), [], `${where}: console errors`);
            assert.deepEqual(w.errors, [], `${where}: script errors`);
            assert.deepEqual(w.dialogs, [], `${where}: dialogs`);
            const allowed = new Set([want.go, want.then].filter(Boolean));
            assert.deepEqual(w.foreign.filter((u) => !allowed.has(u)), [], `${where}: requests to other hosts`);
          }
        } finally {
          await ctx.close();
        }
      });
    }
  });
}
