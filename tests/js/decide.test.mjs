// The redirect logic of templates/common.js, go.js and hub.js, run with Node's own test
// runner: `node --test tests/js/` (tests/redirect_logic.rs runs it under `cargo test`).
//
// The scripts are plain browser scripts (no modules), so they are evaluated in a
// `node:vm` context: for decide() an empty one (which also proves it reads no browser
// global), for the page scripts one with a small fake document, navigator and location.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const dir = new URL('../../templates/', import.meta.url);
const common = readFileSync(new URL('common.js', dir), 'utf8');
const goJs = readFileSync(new URL('go.js', dir), 'utf8');
const hubJs = readFileSync(new URL('hub.js', dir), 'utf8');
const { agents } = JSON.parse(readFileSync(new URL('user-agents.json', import.meta.url), 'utf8'));

const { decide, APPS } = vm.runInNewContext(`${common}\n;({ decide, APPS })`, {});

const TARGETS = {
  app: {
    web: 'https://space.bilibili.com/12345678',
    ios: 'bilibili://space/12345678',
    android: 'intent://space/12345678#Intent;scheme=bilibili;package=tv.danmaku.bili;end',
    app: true,
  },
  web: { web: 'https://shop.example.com/', ios: null, android: null },
  wechat: { web: null, ios: null, android: null, wx: true },
  wechat_oa: { web: 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzI5', ios: null, android: null, wx: true },
  short: { web: 'https://m.tb.cn/h.5Q1xYz', ios: null, android: null, app: true },
  ios_only: { web: 'https://www.xiaohongshu.com/user/profile/5b1a2c3d', ios: 'xhsdiscover://user/5b1a2c3d', android: null, app: true },
};

const ua = (name) => {
  const agent = agents.find((a) => a.name.startsWith(name));
  assert.ok(agent, `no user agent named ${name}`);
  return agent.ua;
};

test('every user agent gets the expected OS, app and mode for each target', () => {
  assert.ok(agents.length >= 20);
  for (const agent of agents) {
    for (const [target, mode] of Object.entries(agent.expect)) {
      const got = decide(agent.ua, TARGETS[target]);
      assert.equal(got.mode, mode, `${agent.name} / ${target}`);
      assert.equal(got.os, agent.os, `${agent.name}: os`);
      assert.equal(got.app, agent.app, `${agent.name}: app`);
    }
  }
});

test('the user agents a redirect page must handle are all covered', () => {
  for (const name of ['desktop Chrome', 'desktop Safari', 'iPhone Safari', 'Android Chrome', 'WeChat on iOS',
    'WeChat on Android', 'WeCom', 'QQ on iOS', 'QQ Browser on Android', 'Weibo', 'Douyin', 'Xiaohongshu',
    'Instagram', 'generic Android web-view']) {
    ua(name);
  }
});

test('try-app gives the link for the phone\'s own system, and nothing else does', () => {
  assert.equal(decide(ua('iPhone Safari'), TARGETS.app).link, TARGETS.app.ios);
  assert.equal(decide(ua('Android Chrome'), TARGETS.app).link, TARGETS.app.android);
  assert.equal(decide(ua('QQ Browser on Android'), TARGETS.app).link, TARGETS.app.android);
  for (const agent of agents) {
    for (const target of Object.values(TARGETS)) {
      const got = decide(agent.ua, target);
      if (got.mode !== 'try-app') assert.equal(got.link, null, agent.name);
    }
  }
});

test('an app link for the other system only is no reason to try, but still one to leave an in-app browser', () => {
  // Found by trying the pages: inside WeChat and Douyin on Android, Xiaohongshu, Zhihu,
  // Instagram and NetEase Cloud Music (app links known for iOS only) went straight to the
  // web page, which those browsers block or cripple, where on iOS they got the guide.
  const iosOnly = { web: 'https://www.zhihu.com/people/x', ios: 'zhihu://people/x', android: null, app: true };
  assert.equal(decide(ua('iPhone Safari'), iosOnly).mode, 'try-app');
  assert.equal(decide(ua('Android Chrome'), iosOnly).mode, 'web');
  for (const agent of agents.filter((a) => a.app && a.app !== 'qqbrowser' && a.os !== 'other')) {
    assert.equal(decide(agent.ua, iosOnly).mode, 'overlay', `${agent.name}: the guide on ${agent.os} too`);
    assert.equal(decide(agent.ua, { ...iosOnly, app: undefined }).mode, 'overlay', `${agent.name}: an iOS link says the platform has an app`);
  }
});

test('inside an in-app browser the platform decides, not the form of the account', () => {
  // A Taobao or Douyin account given by short link has no id, so no app link: inside WeChat it
  // must get the guide (and the web link, and a copy button) as the same account given by id
  // does, never a bare jump to an address WeChat blocks.
  const byId = {
    web: 'https://shop.m.taobao.com/shop/shop_index.htm?shop_id=12345',
    ios: 'taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id=12345',
    android: 'intent://shop.m.taobao.com/shop/shop_index.htm?shop_id=12345#Intent;scheme=taobao;package=com.taobao.taobao;end',
    app: true,
  };
  for (const web of ['https://m.tb.cn/h.5Q1xYz', 'https://v.douyin.com/iRNBho6u/', 'http://xhslink.com/a/AbCdEf']) {
    const short = { web, ios: null, android: null, app: true };
    for (const agent of agents) {
      const got = decide(agent.ua, short);
      const same = decide(agent.ua, byId).mode;
      if (agent.app && agent.app !== 'qqbrowser' && agent.os !== 'other') {
        assert.equal(got.mode, 'overlay', `${agent.name} / ${web}`);
        assert.equal(same, 'overlay', `${agent.name}: by id`);
        assert.equal(got.web, web, 'the web link stays on the page');
      } else {
        assert.notEqual(got.mode, 'overlay', `${agent.name} / ${web}`);
        assert.equal(got.mode, agent.os === 'other' ? 'desktop-web' : 'web', `${agent.name}: a browser goes to the short link`);
      }
      assert.equal(got.link, null, 'nothing to try without an app link');
    }
    // A platform without an app keeps going straight to the web, even in WeChat.
    assert.equal(decide(ua('WeChat on Android'), { web, ios: null, android: null }).mode, 'web');
  }
});

test('an Android intent with scheme=https (Instagram, Threads) is tried like any app link', () => {
  const instagram = {
    web: 'https://www.instagram.com/natgeo/',
    ios: 'instagram://user?username=natgeo',
    android: 'intent://instagram.com/_u/natgeo#Intent;package=com.instagram.android;scheme=https;S.browser_fallback_url=https%3A%2F%2Fwww.instagram.com%2Fnatgeo%2F;end',
    app: true,
  };
  for (const name of ['Android Chrome', 'Android Chrome (OPPO)', 'QQ Browser on Android']) {
    const got = decide(ua(name), instagram);
    assert.equal(got.mode, 'try-app', name);
    assert.equal(got.link, instagram.android, `${name}: the intent, as given`);
  }
  assert.equal(decide(ua('iPhone Safari'), instagram).link, instagram.ios);
  for (const name of ['WeChat on Android', 'Douyin on Android', 'generic Android web-view', 'Instagram on iOS']) {
    const got = decide(ua(name), instagram);
    assert.equal(got.mode, 'overlay', name);
    assert.equal(got.link, null, name);
  }
  const b = runGo('Android Chrome', instagram);
  assert.deepEqual(b.nav, [['href', instagram.android]]);
  b.timers[0].f();
  assert.deepEqual(b.nav.at(-1), ['replace', instagram.web], 'and the web page when the app did not open');
});

test('an App Link handed to a package (Instagram, Threads) is tried on Android like a scheme', () => {
  const instagram = {
    web: 'https://www.instagram.com/natgeo/',
    ios: 'instagram://user?username=natgeo',
    android: 'intent://instagram.com/_u/natgeo#Intent;scheme=https;package=com.instagram.android;S.browser_fallback_url=https%3A%2F%2Fwww.instagram.com%2Fnatgeo%2F;end',
  };
  assert.deepEqual(decide(ua('Android Chrome'), instagram).link, instagram.android);
  assert.equal(decide(ua('WeChat on Android'), instagram).mode, 'overlay');
  assert.equal(decide(ua('Douyin on Android'), instagram).mode, 'overlay');
  assert.equal(decide(ua('desktop Chrome'), instagram).mode, 'desktop-web');
});

test('the web target decide() gives is the one it was given, or none', () => {
  assert.equal(decide(ua('desktop Chrome'), TARGETS.app).web, TARGETS.app.web);
  assert.equal(decide(ua('WeChat on iOS'), TARGETS.wechat_oa).web, TARGETS.wechat_oa.web);
  assert.equal(decide(ua('iPhone Safari'), TARGETS.wechat_oa).web, null, 'an OA page only works in WeChat');
  assert.equal(decide(ua('desktop Chrome'), TARGETS.wechat).web, null);
});

test('a contact address (mailto:, tel:) is never opened on load: its page stays', () => {
  // Found by the browser suite: the e-mail account's redirect page sent WeChat, QQ,
  // Douyin… to mailto: at once (an app link in a browser that blocks them), and Chrome
  // refuses a mailto: without a tap anyway.
  for (const web of ['mailto:hi@xiaoman.example.com', 'tel:+8613800000000']) {
    const contact = { web, ios: null, android: null };
    for (const agent of agents) {
      const got = decide(agent.ua, contact);
      assert.equal(got.mode, agent.os === 'other' ? 'desktop-qr' : 'qr', `${agent.name} / ${web}`);
      assert.equal(got.web, web, 'the link stays on the page, for a tap');
      assert.equal(got.link, null);
    }
  }
  assert.equal(decide(ua('iPhone Safari'), { web: 'HTTPS://shop.example.com/' }).mode, 'web');
});

test('in-app browsers are checked in order, the first match winning', () => {
  assert.deepEqual(Array.from(APPS, (a) => a[0]), [
    'wecom', 'wechat', 'qq', 'qqbrowser', 'weibo', 'tiktok', 'douyin', 'toutiao', 'bytedance', 'xiaohongshu',
    'kuaishou', 'bilibili', 'alipay', 'dingtalk', 'feishu', 'baidu', 'facebook', 'instagram', 'threads', 'line',
    'snapchat', 'linkedin', 'whatsapp', 'google',
  ]);
});

test('decide() is pure: same answer twice, no browser globals needed', () => {
  for (const agent of agents) {
    assert.deepEqual(decide(agent.ua, TARGETS.app), decide(agent.ua, TARGETS.app));
  }
});

test('no script reads the page address, query, fragment or referrer', () => {
  for (const [name, src] of [['common.js', common], ['go.js', goJs], ['hub.js', hubJs]]) {
    for (const bad of ['location.search', 'location.hash', 'URLSearchParams', 'document.URL', 'document.referrer', 'location.pathname']) {
      assert.ok(!src.includes(bad), `${name} uses ${bad}`);
    }
    for (const m of src.matchAll(/location\.href/g)) {
      assert.match(src.slice(m.index + 13), /^=[^=]/, `${name}: location.href is only assigned`);
    }
  }
});

// --- the redirect page, in a fake browser -------------------------------------------------

function element(id, attrs = {}, hidden = false) {
  return {
    id, attrs, hidden, textContent: '', listeners: {},
    getAttribute(n) { return n in this.attrs ? this.attrs[n] : null; },
    hasAttribute(n) { return n in this.attrs; },
    addEventListener(t, f) { (this.listeners[t] ||= []).push(f); },
  };
}

function fakeBrowser(userAgent, els) {
  const nav = [];
  const timers = [];
  const listeners = {};
  const on = (scope) => (t, f) => { (listeners[`${scope}:${t}`] ||= []).push(f); };
  const byId = Object.fromEntries(els.map((e) => [e.id, e]));
  const document = {
    documentElement: { className: '' },
    hidden: false,
    body: { appendChild() {}, removeChild() {} },
    getElementById: (id) => byId[id] || null,
    querySelector: (sel) => (sel === 'link[rel=canonical]' ? { href: 'https://xiaoman.example.com/' } : els.find((e) => e.matches?.(sel)) || null),
    querySelectorAll: (sel) => (sel === '[data-c]' ? els.filter((e) => 'data-c' in e.attrs) : els.filter((e) => e.matches?.(sel))),
    addEventListener: on('document'),
  };
  const location = {
    replace(u) { nav.push(['replace', u]); },
    set href(u) { nav.push(['href', u]); },
    get href() { throw new Error('a script read location.href'); },
    get search() { throw new Error('a script read location.search'); },
    get hash() { throw new Error('a script read location.hash'); },
  };
  const ctx = {
    document, location,
    navigator: { userAgent },
    setTimeout: (f, ms) => timers.push({ f, ms, cleared: false }),
    clearTimeout: (i) => { if (timers[i - 1]) timers[i - 1].cleared = true; },
    addEventListener: on('window'),
    getSelection: () => ({ selectAllChildren() {} }),
  };
  ctx.window = ctx;
  const fire = (key) => (listeners[key] || []).forEach((f) => f({}));
  return { ctx, nav, timers, fire, document, byId };
}

/** The elements of a redirect page as go.html writes them. */
function goPage(target) {
  const els = [
    element('ov', {}, true), element('oi', {}, true), element('oa', {}, true),
    element('m', { ...(target.wx ? { 'data-wx': '' } : {}), ...(target.app ? { 'data-app': '' } : {}) }),
    element('op', {}, true),
    element('st', { 'data-ok': '已复制', 'data-no': '无法复制' }),
  ];
  if (target.ios) els.push(element('ai', { href: target.ios }));
  if (target.android) els.push(element('aa', { href: target.android }));
  if (target.web) els.push(element('w', { href: target.web }), element('cl', { 'data-c': 'https://x.example/go/k/' }, true));
  return els;
}

function runGo(name, target) {
  const browser = fakeBrowser(ua(name), goPage(target));
  vm.runInNewContext(common + goJs, browser.ctx);
  return browser;
}

test('redirect page: a desktop goes straight to the web profile', () => {
  const b = runGo('desktop Chrome', TARGETS.app);
  assert.deepEqual(b.nav, [['replace', TARGETS.app.web]]);
});

test('redirect page: a WeChat account on a desktop shows the code, tries nothing', () => {
  const b = runGo('desktop Safari', TARGETS.wechat);
  assert.deepEqual(b.nav, []);
  assert.match(b.document.documentElement.className, /\bm-desktop-qr\b/);
  assert.equal(b.byId.ov.hidden, true);
});

test('redirect page: a phone browser tries the app, then falls back to the web', () => {
  const b = runGo('iPhone Safari', TARGETS.app);
  assert.deepEqual(b.nav, [['href', TARGETS.app.ios]]);
  assert.equal(b.byId.aa.hidden, true, 'the other system\'s button goes');
  assert.equal(b.byId.ai.hidden, false, 'the open-in-app button stays, for browsers that want a tap');
  assert.equal(b.byId.w.hidden, false, 'so does the web button');
  assert.equal(b.byId.op.hidden, false);
  assert.equal(b.timers.length, 1);
  assert.ok(b.timers[0].ms >= 1500 && b.timers[0].ms <= 2500, `fallback after ${b.timers[0].ms} ms`);
  b.timers[0].f();
  assert.deepEqual(b.nav.at(-1), ['replace', TARGETS.app.web]);
});

test('redirect page: no fallback once the page is hidden or loses focus', () => {
  for (const event of ['document:visibilitychange', 'window:pagehide', 'window:blur']) {
    const b = runGo('Android Chrome', TARGETS.app);
    assert.deepEqual(b.nav, [['href', TARGETS.app.android]]);
    b.document.hidden = true;
    b.fire(event);
    assert.equal(b.timers[0].cleared, true, event);
    b.timers[0].f();
    assert.equal(b.nav.length, 1, `${event}: a hidden page does not navigate`);
  }
});

test('redirect page: inside WeChat, the overlay and the web link, no app link', () => {
  const b = runGo('WeChat on Android', TARGETS.app);
  assert.deepEqual(b.nav, [], 'no attempt at the app, no redirect');
  assert.equal(b.byId.ov.hidden, false);
  assert.equal(b.byId.oa.hidden, false, 'Android wording');
  assert.equal(b.byId.oi.hidden, true);
  assert.equal(b.byId.ai.hidden, true);
  assert.equal(b.byId.aa.hidden, true);
  assert.equal(b.byId.w.hidden, false);
  assert.equal(b.byId.cl.hidden, false, 'copy-link button');

  const ios = runGo('WeChat on iOS', TARGETS.app);
  assert.equal(ios.byId.oi.hidden, false, 'iOS wording');
  assert.equal(ios.byId.oa.hidden, true);
});

test('redirect page: a WeChat account inside WeChat shows the code, no overlay', () => {
  const b = runGo('WeChat on iOS', TARGETS.wechat);
  assert.deepEqual(b.nav, []);
  assert.equal(b.byId.ov.hidden, true);
  assert.match(b.document.documentElement.className, /\bm-wechat-qr\b/);
});

test('redirect page: an Official Account page is offered inside WeChat only', () => {
  const outside = runGo('Android Chrome', TARGETS.wechat_oa);
  assert.deepEqual(outside.nav, []);
  assert.equal(outside.byId.w.hidden, true, 'its page only says "open in WeChat" elsewhere');
  assert.match(outside.document.documentElement.className, /\bm-qr\b/);
  const inside = runGo('WeChat on iOS', TARGETS.wechat_oa);
  assert.deepEqual(inside.nav, [['replace', TARGETS.wechat_oa.web]]);
});

test('redirect page: a short-linked Taobao or Douyin account inside WeChat shows the guide, on iOS and Android', () => {
  for (const web of ['https://m.tb.cn/h.5Q1xYz', 'https://v.douyin.com/iRNBho6u/']) {
    for (const [name, os] of [['WeChat on iOS', 'oi'], ['WeChat on Android', 'oa'], ['Douyin on Android', 'oa']]) {
      const b = runGo(name, { web, ios: null, android: null, app: true });
      assert.deepEqual(b.nav, [], `${name}: no jump to ${web}`);
      assert.equal(b.byId.ov.hidden, false, `${name}: the guide`);
      assert.equal(b.byId[os].hidden, false, `${name}: in its system's words`);
      assert.equal(b.byId.w.hidden, false, 'the web link stays');
      assert.equal(b.byId.cl.hidden, false, 'and the copy-link button');
    }
    assert.deepEqual(runGo('Android Chrome', { web, ios: null, android: null, app: true }).nav, [['replace', web]]);
  }
});

test('redirect page: a WeChat code\'s caption says "scan" on a desktop, and is left alone on a phone', () => {
  for (const [name, desktop] of [['desktop Chrome', true], ['WeChat for Windows', true], ['WeChat on iOS', false], ['iPhone Safari', false]]) {
    const caption = Object.assign(element('fc', { 'data-d': '用微信扫码' }), { textContent: '长按识别二维码，或用微信扫一扫' });
    caption.matches = (sel) => sel === '[data-d]';
    const b = fakeBrowser(ua(name), [...goPage(TARGETS.wechat), caption]);
    vm.runInNewContext(common + goJs, b.ctx);
    assert.equal(caption.textContent, desktop ? '用微信扫码' : '长按识别二维码，或用微信扫一扫', name);
  }
});

test('redirect page: an in-app browser goes to a web-only target directly', () => {
  const b = runGo('Douyin', TARGETS.web);
  assert.deepEqual(b.nav, [['replace', TARGETS.web.web]]);
});

test('redirect page: a contact address is shown with its link and copy button, not opened', () => {
  for (const name of ['desktop Chrome', 'iPhone Safari', 'WeChat on Android', 'Douyin']) {
    const b = runGo(name, { web: 'mailto:hi@xiaoman.example.com', ios: null, android: null });
    assert.deepEqual(b.nav, [], name);
    assert.equal(b.byId.w.hidden, false, `${name}: the mailto: link stays for a tap`);
    assert.equal(b.byId.ov.hidden, true, name);
    assert.match(b.document.documentElement.className, name.startsWith('desktop') ? /\bm-desktop-qr\b/ : /\bm-qr\b/);
  }
});

// --- the hub's tap upgrade -----------------------------------------------------------------

/**
 * Runs the hub's script in a fake `name` browser whose page holds the share button, the
 * in-app banner, the status line and `anchor`; gives the browser and the click
 * listeners the script added.
 */
function runHub(name, anchor) {
  const b = fakeBrowser(ua(name), [
    element('sh', {}, true),
    Object.assign(element('ib', { 'data-i': 'iOS hint', 'data-a': 'Android hint' }, true), { lastChild: { textContent: '' } }),
    element('st', { 'data-ok': 'ok', 'data-no': 'no' }),
    anchor,
  ]);
  const clicks = [];
  b.ctx.document.addEventListener = (t, f) => { if (t === 'click') clicks.push(f); };
  vm.runInNewContext(common + hubJs, b.ctx);
  return { b, clicks };
}

test('hub: a tap on a phone browser goes to the redirect page; elsewhere the link is followed', () => {
  for (const [name, flags, redirected] of [
    ['iPhone Safari', 'ia', true],
    ['Android Chrome', 'ia', true],
    ['Android Chrome', 'i', false],
    ['desktop Chrome', 'ia', false],
    ['WeChat on iOS', 'ia', false],
  ]) {
    const anchor = element('a1', { href: 'https://space.bilibili.com/1', 'data-app': flags, 'data-go': 'go/bilibili/' });
    anchor.matches = (sel) => sel.startsWith('a[data-app');
    const { b, clicks } = runHub(name, anchor);
    assert.equal(clicks.length, 1);
    let prevented = false;
    clicks[0]({ target: { closest: () => anchor }, button: 0, preventDefault() { prevented = true; } });
    assert.equal(prevented, redirected, `${name} ${flags}`);
    assert.deepEqual(b.nav, redirected ? [['href', 'go/bilibili/']] : [], `${name} ${flags}`);
    assert.equal(b.byId.sh.hidden, false, 'the share button shows with JS');
    assert.equal(b.byId.ib.hidden, !name.startsWith('WeChat'), `${name}: in-app banner`);
    if (name.startsWith('WeChat')) assert.equal(b.byId.ib.lastChild.textContent, 'iOS hint');
  }
});

test('hub: in an in-app browser the banner shows for any platform with an app, on either system', () => {
  // data-app is there when the platform has an app; its value lists this account's links.
  for (const [name, flags, banner, hint] of [
    ['WeChat on Android', '', true, 'Android hint'],
    ['WeChat on Android', 'i', true, 'Android hint'],
    ['WeChat on iOS', '', true, 'iOS hint'],
    ['Douyin on Android', 'i', true, 'Android hint'],
    ['WeChat on Android', null, false, ''],
    ['Android Chrome', '', false, ''],
  ]) {
    const anchor = element('a1', { href: 'https://m.tb.cn/h.5Q1xYz', ...(flags === null ? {} : { 'data-app': flags, 'data-go': 'go/taobao_shop/' }) });
    anchor.matches = (sel) => sel === 'a[data-app]' && 'data-app' in anchor.attrs;
    const { b, clicks } = runHub(name, anchor);
    assert.equal(b.byId.ib.hidden, !banner, `${name} ${flags}: banner`);
    assert.equal(b.byId.ib.lastChild.textContent, hint, `${name} ${flags}`);
    let prevented = false;
    clicks[0]({ target: { closest: () => ('data-app' in anchor.attrs ? anchor : null) }, button: 0, preventDefault() { prevented = true; } });
    assert.equal(prevented, false, `${name} ${flags}: no app link to try, the link is followed`);
  }
});
