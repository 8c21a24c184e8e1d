// 6. What a creator pastes from her phone, in each page language (tests/fixtures/in-wechat*):
// - a WeChat account (personal, Official Account, Channels) without a code of its own never
//   shows a code of its own page, on the hub or its redirect page, on a phone, a desktop or
//   inside WeChat: it shows its ID to copy and how to find it in WeChat, and never says
//   "long-press" where there is nothing to recognise; where there is a code, a desktop
//   says "scan with WeChat";
// - the redirect page of a Taobao or Douyin account given by short link (no id, so no
//   app link) shows the guide to the system browser inside WeChat, on iOS and Android,
//   with the web link and a copy-link button, and goes nowhere by itself.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MANIFEST, agent, context, copied, device, item, look, open, screenshotPath, useExamples, watch,
} from './lib.mjs';

/** The words each page language must use (src/render/i18n.rs). */
const WORDS = {
  'in-wechat': {
    find: { wechat: '在微信：添加朋友 → 搜索这个微信号', wechat_oa: '在微信搜索公众号「xiaomanhuahua」', wechat_channels: '在微信：发现 → 视频号 → 搜索这个视频号' },
    longPress: '长按识别', scan: '用微信扫码', guide: { ios: 'Safari', android: '在浏览器打开' },
  },
  'in-wechat-hant': {
    find: { wechat: '在微信：新增朋友 → 搜尋這個微信號', wechat_oa: '在微信搜尋公眾號「xiaomanhuahua」', wechat_channels: '在微信：發現 → 視頻號 → 搜尋這個視頻號' },
    longPress: '長按識別', scan: '用微信掃碼', guide: { ios: 'Safari', android: '在瀏覽器開啟' },
  },
  'in-wechat-en': {
    find: { wechat: 'In WeChat: Add Contacts → search for this ID', wechat_oa: 'Search WeChat for the Official Account “xiaomanhuahua”', wechat_channels: 'In WeChat: Discover → Channels → search for this account' },
    longPress: 'Long-press', scan: 'Scan the code with WeChat', guide: { ios: 'Safari', android: 'Open in browser' },
  },
};
const SLUGS = Object.keys(WORDS);
const AGENTS = ['WeChat on iOS', 'WeChat on Android', 'iPhone Safari', 'desktop Chrome'];

const state = useExamples(SLUGS);

const shot = (name) => name.replaceAll(' ', '-');

for (const slug of SLUGS) {
  const site = MANIFEST[slug];
  const words = WORDS[slug];
  const codeless = site.accounts.filter((a) => a.wx && !a.qr_given);
  const coded = site.accounts.filter((a) => a.wx && a.qr_given);
  const short = site.accounts.filter((a) => ['taobao_shop', 'douyin'].includes(a.platform));

  describe(`${slug}: WeChat accounts without a code`, () => {
    test('the fixture has what the tests need', () => {
      assert.deepEqual(codeless.map((a) => a.platform), ['wechat', 'wechat_oa', 'wechat_channels']);
      assert.equal(coded.length, 1);
      assert.equal(short.length, 2);
      for (const acc of short) {
        assert.ok(acc.has_app && !acc.ios && !acc.android, `${acc.key}: a short link, no app link, a platform with an app`);
      }
    });

    for (const name of AGENTS) {
      const ua = agent(name);
      test(`hub under ${name}: the ID and how to find it, never a code of the page`, async () => {
        const ctx = await context(state.browser, state.servers[slug].origin, device(ua));
        try {
          const page = await ctx.newPage();
          const w = await watch(page);
          await open(page, `${state.servers[slug].origin}/`);
          await page.waitForLoadState('load');
          await page.evaluate(() => document.querySelectorAll('details.w').forEach((d) => { d.open = true; }));
          await page.screenshot({ path: screenshotPath(`${slug}-hub-${shot(name)}`), fullPage: true });
          for (const acc of codeless) {
            const li = item(page, acc);
            assert.equal(await li.count(), 1, `${acc.key}: one item`);
            assert.equal(await li.locator('img, details').count(), 0, `${acc.key}: no code`);
            assert.equal(await li.locator('.id').innerText(), acc.copy, `${acc.key}: the ID`);
            assert.equal(await li.locator('p.x.n').innerText(), words.find[acc.platform], `${acc.key}: how to find it`);
            assert.ok(!(await li.innerText()).includes(words.longPress), `${acc.key}: no long-press`);
            if (name === 'desktop Chrome') {
              assert.equal(await copied(page, () => li.locator('button[data-c]').click()), acc.copy, `${acc.key}: copied`);
            }
          }
          const codes = await page.evaluate(() => Array.from(document.images, (i) => i.getAttribute('src')));
          for (const acc of codeless) assert.ok(!codes.includes(`qr/${acc.key}.png`), `${acc.key}: its code is not on the page`);
          // The one account with its own code keeps it, and a desktop says to scan it.
          const caption = await item(page, coded[0]).locator('.qi span').textContent();
          assert.equal(caption.startsWith(words.longPress), ua.os !== 'other', `${name}: ${caption}`);
          if (ua.os === 'other') assert.equal(caption, words.scan);
          assert.deepEqual(w.consoleErrors(), [], 'console errors');
          assert.deepEqual(w.errors, [], 'script errors');
          assert.deepEqual(w.failed, [], 'failed requests');
          assert.deepEqual(w.navigations, [], 'the hub went nowhere');
        } finally {
          await ctx.close();
        }
      });

      test(`redirect pages under ${name}: the ID and how to find it, never a code of the page`, async () => {
        const ctx = await context(state.browser, state.servers[slug].origin, device(ua));
        await ctx.clock.install();
        try {
          const page = await ctx.newPage();
          const w = await watch(page);
          for (const acc of [...codeless, ...coded]) {
            const where = `${name} · ${slug}/go/${acc.key}/`;
            w.reset();
            await open(page, `${state.servers[slug].origin}/go/${acc.key}/`);
            await page.clock.runFor(5000);
            assert.deepEqual(w.navigations, [], `${where}: stays`);
            // Codes only: the header's avatar and platform mark say whose page it is.
            const images = await page.evaluate(() => Array.from(document.images).filter((i) => !i.closest('.hd')).map((i) => i.getAttribute('src')));
            const seen = await look(page, ['.x .id', '.x + p.n', 'figcaption', '#ov']);
            assert.equal(seen['#ov'].visible, false, `${where}: no overlay`);
            if (acc.qr_given) {
              assert.deepEqual(images, [`../../qr/${acc.key}.png`], where);
              const want = ua.os === 'other' ? words.scan : null;
              if (want) assert.equal(seen.figcaption.text, want, `${where}: scan on a desktop`);
              else assert.ok(seen.figcaption.text.startsWith(words.longPress), `${where}: long-press on a phone`);
              continue;
            }
            if (name === 'WeChat on Android') await page.screenshot({ path: screenshotPath(`${slug}-go-${acc.key}-${shot(name)}`), fullPage: true });
            assert.deepEqual(images, [], `${where}: no code of the page itself`);
            assert.equal(seen.figcaption.exists, false, where);
            assert.equal(seen['.x .id'].text, acc.copy, `${where}: the ID`);
            assert.ok(seen['.x + p.n'].visible, where);
            assert.equal(seen['.x + p.n'].text, words.find[acc.platform], `${where}: how to find it`);
            assert.ok(!(await page.locator('main').innerText()).includes(words.longPress), `${where}: no long-press`);
            assert.deepEqual(w.consoleErrors(), [], `${where}: console errors`);
            assert.deepEqual(w.errors, [], `${where}: script errors`);
          }
        } finally {
          await ctx.close();
        }
      });
    }
  });

  describe(`${slug}: short-linked accounts inside WeChat`, () => {
    for (const name of ['WeChat on iOS', 'WeChat on Android']) {
      const ua = agent(name);
      test(`${name}: the guide, the web link and copy-link; no jump`, async () => {
        const ctx = await context(state.browser, state.servers[slug].origin, device(ua));
        await ctx.clock.install();
        try {
          for (const acc of short) {
            const where = `${name} · ${slug}/go/${acc.key}/`;
            const page = await ctx.newPage();
            const w = await watch(page);
            await open(page, `${state.servers[slug].origin}/go/${acc.key}/`);
            await page.clock.runFor(5000);
            await new Promise((resolve) => setTimeout(resolve, 100));
            if (acc.platform === 'taobao_shop') await page.screenshot({ path: screenshotPath(`${slug}-go-${acc.key}-${shot(name)}`) });
            assert.deepEqual(w.navigations, [], `${where}: no jump to ${acc.web}`);
            assert.deepEqual(w.foreign, [], `${where}: nothing asked of another host`);
            const seen = await look(page, ['#ov', '#oi', '#oa', '#w', '#cl']);
            assert.ok(seen['#ov'].visible, `${where}: the guide shows`);
            const [shown, hidden] = ua.os === 'ios' ? ['#oi', '#oa'] : ['#oa', '#oi'];
            assert.ok(seen[shown].visible && !seen[hidden].visible, `${where}: in this system's words`);
            assert.ok(seen['#ov'].text.includes(words.guide[ua.os]), `${where}: ${seen['#ov'].text}`);
            assert.ok(seen['#w'].visible, `${where}: the web link stays`);
            assert.equal(seen['#w'].href, acc.web, where);
            assert.ok(seen['#cl'].visible, `${where}: copy-link`);
            assert.equal(await copied(page, () => page.locator('#cl').click()), acc.go, `${where}: copies the redirect page`);
            assert.deepEqual(w.consoleErrors(), [], `${where}: console errors`);
            assert.deepEqual(w.errors, [], `${where}: script errors`);
            await page.close();
          }
        } finally {
          await ctx.close();
        }
      });
    }
  });
}
