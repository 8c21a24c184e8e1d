// Shared by the browser tests: where the build is, a static server for one site, the
// browser, a watcher that records what a page asks for, QR decoding with zbar.
//
// tests/browser.rs builds the sites and runs `node --test` on this folder with:
//   HUTONG_DIST         the build (one folder per site)
//   HUTONG_MANIFEST     what each site should show (JSON written by tests/browser.rs)
//   HUTONG_SCREENSHOTS  where screenshots go (target/screenshots/)
//   HUTONG_CHROMIUM     the browser (default /usr/bin/chromium)

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the browser suite with \`cargo test --test browser\`, which builds the sites and sets it`);
  }
  return value;
}

export const DIST = required('HUTONG_DIST');
export const SCREENSHOTS = required('HUTONG_SCREENSHOTS');
export const CHROMIUM = process.env.HUTONG_CHROMIUM || '/usr/bin/chromium';
/** slug → { name, tagline, lang, base_url, mode, icp, police, accounts: [link data + wx, payload] } */
export const MANIFEST = JSON.parse(readFileSync(required('HUTONG_MANIFEST'), 'utf8'));
mkdirSync(SCREENSHOTS, { recursive: true });

/** The example sites (the hostile fixture is tested on its own). */
export const EXAMPLES = ['xiaoman', 'alex-dev'];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** The user agents of tests/js/user-agents.json (real strings, each with its source). */
const { agents } = JSON.parse(readFileSync(new URL('../js/user-agents.json', import.meta.url), 'utf8'));
export function agent(name) {
  const found = agents.find((a) => a.name.startsWith(name));
  if (!found) throw new Error(`no user agent named ${name} in tests/js/user-agents.json`);
  return found;
}

/** Context options for a user agent: a phone's viewport and touch for iOS and Android. */
export function device(ua) {
  const phone = ua.os !== 'other';
  return {
    userAgent: ua.ua,
    viewport: phone ? PHONE : DESKTOP,
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
  };
}

/**
 * Whether an account's pages show its QR code: all do but a WeChat account without the
 * creator's own code, which shows its ID and how to find it in WeChat instead.
 */
export const hasCode = (acc) => !acc.wx || acc.qr_given;

/** The hub's list item of an account: the one holding its QR code, or its label. */
export function item(page, acc) {
  if (hasCode(acc)) return page.locator(`li.c:has(img[src="qr/${acc.key}.png"])`);
  return page.locator('li.c').filter({ has: page.locator(`.l:text-is(${JSON.stringify(acc.label)})`) });
}

// --- the static server ----------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.vcf': 'text/vcard; charset=utf-8',
};

/** `_headers` (Netlify / Cloudflare Pages form): [{ pattern: RegExp, headers: [[k, v]] }]. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const i = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves one built site at the root of http://127.0.0.1:<port>/, as a static host
 * would: folders give their index.html, a missing file gives 404.html with status 404,
 * and every response carries the headers `_headers` gives its path (the pages' CSP).
 */
export async function serve(slug) {
  const root = path.join(DIST, slug);
  let rules = [];
  try { rules = parseHeaders(readFileSync(path.join(root, '_headers'), 'utf8')); } catch { /* none */ }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    let status = 200;
    try {
      if (statSync(file).isDirectory()) {
        if (!rel.endsWith('/')) { res.writeHead(301, { location: `${rel}/` }); res.end(); return; }
        file = path.join(file, 'index.html');
      }
      statSync(file);
    } catch {
      status = 404;
      file = path.join(root, '404.html');
      rel = '/404.html';
    }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
    for (const rule of rules) {
      if (rule.pattern.test(rel)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
    }
    headers['cache-control'] = 'no-store';
    res.writeHead(status, headers);
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

// --- the browser ---------------------------------------------------------------------

/**
 * For a test file on built sites: before its tests, launches the browser and serves
 * each site of `slugs` (the examples unless told); after them, closes both. Gives
 * `{ browser, servers }`, `servers` by slug, filled in once the tests start.
 */
export function useExamples(slugs = EXAMPLES) {
  const examples = { browser: undefined, servers: {} };
  before(async () => {
    examples.browser = await launch();
    for (const slug of slugs) examples.servers[slug] = await serve(slug);
  });
  after(async () => {
    await examples.browser?.close();
    for (const s of Object.values(examples.servers)) await s.close();
  });
  return examples;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--mute-audio', '--font-render-hinting=none'],
  });
}

/** A new context with the clipboard allowed on the site's origin. */
export async function context(browser, origin, options = {}) {
  const ctx = await browser.newContext({ locale: 'zh-CN', ...options });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return ctx;
}

const isLoopback = (url) => {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  } catch {
    return false;
  }
};

/**
 * Watches a page: console errors, uncaught exceptions, failed requests, requests to
 * any host but the loopback, every navigation the page itself asked for (script or
 * link, any scheme: the DevTools protocol reports `snssdk1128://` and `intent://`
 * attempts too, which never become requests), and dialogs (dismissed).
 *
 * Requests to other hosts never leave the machine: a page navigation to one gets a
 * stub page (so a redirect can be seen to land), anything else is aborted.
 */
export async function watch(page) {
  const w = {
    console: [], errors: [], failed: [], foreign: [], navigations: [], dialogs: [],
    /** Forgets what was seen, before the page is reused. */
    reset() {
      for (const list of [this.console, this.errors, this.failed, this.foreign, this.navigations, this.dialogs]) list.length = 0;
    },
    /** Console errors that are not Chromium refusing an app link without a tap. */
    consoleErrors() {
      return this.console.filter((m) => !/^Not allowed to launch '.*' because a user gesture is required\.$/.test(m));
    },
    /** Navigations to anything but http(s): app links, intent: URLs, mailto:. */
    appAttempts() {
      return this.navigations.filter((n) => !/^https?:/i.test(n.url));
    },
  };
  page.on('console', (m) => { if (m.type() === 'error') w.console.push(m.text()); });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('dialog', (d) => { w.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('requestfailed', (r) => {
    if (isLoopback(r.url())) w.failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && isLoopback(r.url())) w.failed.push(`${r.url()} ${r.status()}`);
  });
  await page.route('**/*', (route) => {
    const req = route.request();
    if (isLoopback(req.url())) return route.continue();
    w.foreign.push(req.url());
    if (req.isNavigationRequest()) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' });
    }
    return route.abort('blockedbyclient');
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  const mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  cdp.on('Page.frameRequestedNavigation', (e) => {
    if (e.frameId === mainFrame) w.navigations.push({ url: e.url, reason: e.reason });
  });
  return w;
}

/**
 * Opens a page and waits until it has run its script. A page that asks for an app
 * link at once never fires `load` in a browser without the app, so this waits for the
 * response and then for the DOM. (A page that navigates away at once has no DOM to
 * wait for: that is what the navigations the watcher saw are for.)
 */
export async function open(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  // Polled from here: with JS off, a listener in the page would never be called.
  for (let i = 0; i < 200; i++) {
    const state = await page.evaluate(() => document.readyState).catch(() => 'gone');
    if (state !== 'loading') return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not finish loading`);
}

/**
 * What a visitor sees of some elements, in one round trip: for each selector, whether
 * the first match is rendered (not hidden, not display:none, not visibility:hidden, with
 * a size), its text and its href.
 */
export async function look(page, selectors) {
  return page.evaluate((sels) => Object.fromEntries(sels.map((sel) => {
    const el = document.querySelector(sel);
    const box = el?.getBoundingClientRect();
    return [sel, {
      exists: !!el,
      visible: !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0,
      text: el ? el.innerText : null,
      href: el?.getAttribute('href') ?? null,
      width: box ? box.width : 0,
    }];
  })), selectors);
}

// --- QR codes --------------------------------------------------------------------------

const zbarDir = mkdtempSync(path.join(tmpdir(), 'hutong-zbar-'));
process.on('exit', () => rmSync(zbarDir, { recursive: true, force: true }));
let zbarCount = 0;

/** What zbar reads in a PNG: the text of each code, or [] when it finds none. */
export async function zbar(png) {
  const file = path.join(zbarDir, `${process.pid}-${zbarCount++}.png`);
  writeFileSync(file, png);
  try {
    const { stdout } = await run('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', file]);
    return stdout.replace(/\n$/, '').split('\n');
  } catch (e) {
    if (e.code === 4) return []; // no symbol found
    throw e;
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Waits for an <img> to be shown, loaded and painted, screenshots it, and decodes it.
 * A screenshot that zbar cannot read is kept in the screenshots folder as `unread-*.png`.
 */
export async function readQr(img, name = 'qr') {
  await img.scrollIntoViewIfNeeded();
  await img.waitFor({ state: 'visible' });
  // Polled from here, not awaited in the page: with JS off, no page callback runs.
  for (let i = 0; ; i++) {
    const state = await img.evaluate((el) => (el.complete ? el.naturalWidth : -1));
    if (state > 0) break;
    if (state === 0 || i > 100) throw new Error(`${await img.getAttribute('src')} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // painted
  const box = await img.boundingBox();
  const png = await img.screenshot();
  const codes = await zbar(png);
  if (codes.length === 0) writeFileSync(screenshotPath(`unread-${name}-${Date.now()}`), png);
  return { codes, box };
}

/** The clipboard's text after `click`: a marker is written first, then replaced. */
export async function copied(page, click) {
  await page.evaluate(() => navigator.clipboard.writeText('\u0000nothing copied'));
  await click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '\u0000nothing copied', null, { timeout: 5000 })
    .catch(() => {});
  return page.evaluate(() => navigator.clipboard.readText());
}

export function screenshotPath(name) {
  return path.join(SCREENSHOTS, `${name}.png`);
}

/**
 * Whose account a redirect page says it is: "林小满的抖音", "Alex Rivera’s GitHub" (a plain
 * link: its label); in Chinese a name in Latin letters stands apart from Han text.
 */
export function heading(site, acc) {
  const what = acc.platform === 'link' ? acc.label : acc.platform_name;
  if (site.lang === 'en') return `${site.name}’s ${what}`;
  const gap = (latin) => (latin ? ' ' : '');
  return `${site.name}${gap(/[A-Za-z0-9]$/.test(site.name))}的${gap(/^[A-Za-z0-9]/.test(what))}${what}`;
}
