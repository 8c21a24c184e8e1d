// 5. HTML validity: the Nu HTML Checker (vnu.jar from the `vnu-jar` package, run with
// the machine's Java) reports no error on any page of the examples — the hub, every
// redirect page, the 404 page — nor of the hostile fixture and a WeChat fixture; and, with --also-check-svg,
// on the favicon and every SVG QR code.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { DIST } from './lib.mjs';

const run = promisify(execFile);
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

function files(dir, ext) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f))
    .sort();
}

/** vnu's errors on some files, one line each (vnu prints its JSON report on stderr). */
async function vnu(args) {
  let stderr;
  try {
    ({ stderr } = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...args], { maxBuffer: 64 << 20 }));
  } catch (e) {
    if (e.code !== 1 || !e.stderr) throw e; // 1: errors found, reported below
    ({ stderr } = e);
  }
  const { messages } = JSON.parse(stderr);
  return messages.map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine}: ${m.type}: ${m.message} «${m.extract ?? ''}»`);
}

test('every page of the examples, the hostile fixture and a WeChat fixture is valid HTML', async () => {
  const pages = ['xiaoman', 'alex-dev', 'hostile', 'in-wechat'].flatMap((slug) => files(path.join(DIST, slug), '.html'));
  assert.ok(pages.length >= 20, `${pages.length} pages`);
  for (const slug of ['xiaoman', 'alex-dev', 'hostile', 'in-wechat']) {
    for (const name of ['index.html', '404.html']) {
      assert.ok(pages.includes(path.join(DIST, slug, name)), `${slug}/${name} is checked`);
    }
  }
  assert.deepEqual(await vnu(pages), []);
});

test('the favicon and the SVG QR codes are valid SVG', async () => {
  const svgs = ['xiaoman', 'alex-dev'].flatMap((slug) => files(path.join(DIST, slug), '.svg'));
  assert.ok(svgs.length >= 10, `${svgs.length} SVG files`);
  assert.deepEqual(await vnu(['--also-check-svg', ...svgs]), []);
});
