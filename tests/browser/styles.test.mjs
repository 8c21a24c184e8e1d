// 7. The looks (`theme.style`, `theme.css`): the hub of each style — `brand` (the
// xiaoman example), the fixtures `style-soft`, `style-outline`, `style-mono`, and
// `style-custom` (brand with the creator's own CSS) — at the phone size (390×844,
// iPhone Safari) and the desktop size (1280×800, desktop Chrome), in light and dark:
// - served under its CSP: no console error, no CSP violation, no failed or foreign
//   request, `<body class="s-<style>">`;
// - axe-core reports no violation (in a context that lets axe's script in);
// - on the desktop, the hub's own QR code shows beside the list without a tap and
//   decodes, from a screenshot, to the hub's address; on the phone it does not show
//   (the "本页二维码" toggle does);
// - the creator's CSS applies under the CSP (computed styles);
// - the bio's lists, quotes and tables read left-aligned under the centred header.
// A phone-size, light screenshot of each style is written to target/screenshots as
// style-<name>.png; with HUTONG_UPDATE_SCREENSHOTS=1 it is also copied, made smaller
// with pngquant when there is one, to docs/styles/<name>.png for the README.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { agent, context, device, MANIFEST, open, readQr, screenshotPath, useExamples, watch } from './lib.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** [site, style] */
const STYLES = [
  ['xiaoman', 'brand'],
  ['style-soft', 'soft'],
  ['style-outline', 'outline'],
  ['style-mono', 'mono'],
  ['style-custom', 'brand'],
];
const SIZES = { phone: agent('iPhone Safari'), desktop: agent('desktop Chrome') };

const examples = useExamples(STYLES.map(([slug]) => slug));
const { servers } = examples;

/** Opens the hub of `slug` at `size` in `scheme`; `options` go to the context. */
async function hub(slug, size, scheme, options = {}) {
  const origin = servers[slug].origin;
  const ctx = await context(examples.browser, origin, { ...device(SIZES[size]), colorScheme: scheme, ...options });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const w = await watch(page);
  await open(page, `${origin}/`);
  await page.waitForLoadState('load');
  return { ctx, page, w };
}

/** Copies a screenshot to docs/styles/, made smaller with pngquant when there is one. */
function publish(from, name) {
  mkdirSync('docs/styles', { recursive: true });
  const to = `docs/styles/${name}.png`;
  try {
    execFileSync('pngquant', ['--force', '--strip', '--quality=60-85', '--output', to, from]);
  } catch {
    copyFileSync(from, to);
  }
  assert.ok(statSync(to).size < 80_000, `${to} is under 80 KB`);
}

for (const [slug, style] of STYLES) {
  describe(`${slug} (theme.style ${style})`, () => {
    for (const size of ['phone', 'desktop']) {
      for (const scheme of ['light', 'dark']) {
        test(`${size}, ${scheme}: clean under its CSP, the code where it belongs`, async () => {
          // The phone in light makes the README's screenshot: at 1 device pixel per CSS
          // pixel, to keep the file small.
          // The example on a desktop in light is the README's first picture, beside
          // its phone (docs/styles/brand.png).
          const shot = scheme === 'light' && (size === 'phone' || slug === 'xiaoman');
          const { ctx, page, w } = await hub(slug, size, scheme, shot && size === 'phone' ? { deviceScaleFactor: 1 } : {});
          try {
            assert.equal(await page.evaluate(() => document.body.className), `s-${style}`);
            const dq = page.locator('.dq img');
            const sq = page.locator('.sq');
            if (size === 'desktop') {
              // Visible without a tap, beside the list: right of every account.
              assert.equal(await sq.isVisible(), false, 'the toggle gives way to the code');
              const { codes, box } = await readQr(dq, `${slug}-desktop-${scheme}`);
              assert.deepEqual(codes, [MANIFEST[slug].base_url]);
              const list = await page.locator('ul').first().boundingBox();
              assert.ok(box.x >= list.x + list.width, `the code (x ${box.x}) is beside the list (ends ${list.x + list.width})`);
              assert.ok(box.y + box.height <= 800, 'within the first screen');
              assert.match(await page.locator('.dq p').innerText(), /\S/);
            } else {
              assert.equal(await dq.isVisible(), false, 'a phone shows the toggle instead');
              assert.equal(await sq.isVisible(), true);
            }
            // The bio's list and table read left-aligned under the centred name (the
            // fixtures' bios have them; the example's has none).
            if (slug !== 'xiaoman') {
              const align = await page.evaluate(() => ['h1', '.bio ol', '.bio table', '.bio blockquote']
                .map((s) => getComputedStyle(document.querySelector(s)).textAlign));
              assert.deepEqual(align, ['center', 'left', 'left', 'left']);
            }
            if (shot) {
              const name = size === 'desktop' ? 'desktop' : slug === 'xiaoman' ? 'brand' : slug.replace('style-', '');
              const file = screenshotPath(`style-${name}`);
              await page.screenshot({ path: file });
              if (process.env.HUTONG_UPDATE_SCREENSHOTS === '1' && slug !== 'style-custom') publish(file, name);
            }
            const violations = await page.evaluate(() => window.__violations);
            assert.deepEqual(violations, [], 'no CSP violation');
            assert.deepEqual(w.consoleErrors(), []);
            assert.deepEqual(w.errors, []);
            assert.deepEqual(w.failed, []);
            assert.deepEqual(w.foreign, []);
          } finally {
            await ctx.close();
          }
        });

        test(`${size}, ${scheme}: axe-clean`, async () => {
          // axe is a script of its own, which the page's CSP forbids: this context
          // lets it in (the test above checks the page under its CSP).
          const { ctx, page } = await hub(slug, size, scheme, { bypassCSP: true });
          try {
            await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
            await page.evaluate(AXE);
            const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
            const found = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            assert.deepEqual(found, []);
          } finally {
            await ctx.close();
          }
        });
      }
    }
  });
}

test('the creator\'s CSS applies under the page\'s CSP', async () => {
  const { ctx, page, w } = await hub('style-custom', 'phone', 'light');
  try {
    const looks = await page.evaluate(() => ({
      radius: getComputedStyle(document.querySelector('.c')).borderTopLeftRadius,
      spacing: getComputedStyle(document.querySelector('h1')).letterSpacing,
    }));
    assert.equal(looks.radius, '6px');
    assert.ok(parseFloat(looks.spacing) > 1.5, `letter-spacing ${looks.spacing}`);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(w.consoleErrors(), []);
  } finally {
    await ctx.close();
  }
  // Without it, the same style keeps its own radius: the check above sees the creator's.
  const plain = await hub('xiaoman', 'phone', 'light');
  try {
    const radius = await plain.page.evaluate(() => getComputedStyle(document.querySelector('.c')).borderTopLeftRadius);
    assert.equal(radius, '16px');
  } finally {
    await plain.ctx.close();
  }
});

test('the small things: a steady toggle, a toast clear of the share button, a vCard link', async () => {
  const { ctx, page, w } = await hub('style-soft', 'phone', 'light');
  try {
    // "本页二维码" stays where it was when the code opens under it.
    // (Where its words are drawn: the element itself widens to the code's width.)
    const summary = page.locator('details.sq > summary');
    const words = () => summary.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return Math.round(range.getBoundingClientRect().x);
    });
    await summary.scrollIntoViewIfNeeded();
    const before = await words();
    await summary.click();
    await page.locator('details.sq img').waitFor({ state: 'visible' });
    assert.equal(await words(), before, 'no sideways jump');
    // The "copied" toast does not cover the share button just tapped.
    const share = page.locator('#sh');
    await share.scrollIntoViewIfNeeded();
    await page.evaluate(() => { navigator.share = undefined; });
    await share.click();
    await page.locator('#st').filter({ hasText: /\S/ }).waitFor({ state: 'visible' });
    const [toast, button] = [await page.locator('#st').boundingBox(), await share.boundingBox()];
    const overlap = toast.x < button.x + button.width && button.x < toast.x + toast.width
      && toast.y < button.y + button.height && button.y < toast.y + toast.height;
    assert.equal(overlap, false, `toast ${JSON.stringify(toast)} clear of ${JSON.stringify(button)}`);
    // "Save contact" is the site's vCard.
    const vcf = page.locator('.sh a[href="contact.vcf"]');
    assert.equal(await vcf.innerText(), '保存联系人');
    const response = await page.request.get(new URL('contact.vcf', page.url()).href);
    assert.equal(response.status(), 200);
    assert.match(await response.text(), /^BEGIN:VCARD\r?\n/);
    assert.deepEqual(w.consoleErrors(), []);
  } finally {
    await ctx.close();
  }
});
