#!/usr/bin/env python3
"""Time a cold batch build of hutong against Hugo on the same generated creators.

Writes N creators of 20 accounts each (the profile `benches/build.rs` generates: the
accounts of `benches/accounts.txt`, and the same notes and bio, kept in step by hand)
twice over: as hutong site folders, and as one Hugo site with a section per creator
(its hub, a redirect page per account and a 404 page: the pages hutong writes, without
the QR codes, vCards and host files that Hugo has no way to make). Then builds each into an empty output folder, in turn, RUNS
times, and prints the median wall time and peak RSS of each, with the spread:

    cargo build --release
    python3 scripts/compare-hugo.py [--n 1000] [--runs 5] [--work /tmp/hutong-vs-hugo]

Hugo is Debian's (`apt-get install hugo`, 0.111 on bookworm) or any `hugo` on PATH.
Only the Python standard library is used. The output folders are removed before every
run, so every build is cold (the page cache stays warm for both alike).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# benches/accounts.txt, which benches/build.rs reads too: (platform, id).
PLATFORMS = [
    tuple(line.split(" ", 1))
    for line in (Path(__file__).resolve().parent.parent / "benches" / "accounts.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
]

HUGO_CONFIG = """\
baseURL = "https://example.com/"
languageCode = "zh-Hans"
title = "creators"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.renderer]
unsafe = false
"""

# The hub: the creator's name, tagline, Markdown bio and one link per account, with the
# page's CSS inlined as hutong does.
HUGO_LIST = """\
<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ .Title }}</title><meta name="description" content="{{ .Params.tagline }}">
<style>{{ partial "hub.css" . | safeCSS }}</style></head>
<body><main><h1>{{ .Title }}</h1><p class="tagline">{{ .Params.tagline }}</p>
<div class="bio">{{ .Content }}</div>
<ul class="links">{{ range .Params.accounts }}
<li><a href="{{ .url }}" rel="me noopener"><span class="label">{{ .platform }}</span>
<span class="note">{{ .note }}</span></a>
<a class="go" href="go/{{ .platform }}/">QR</a></li>{{ end }}
</ul></main></body></html>
"""

# A redirect page per account.
HUGO_SINGLE = """\
<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ .Title }}</title><meta http-equiv="refresh" content="0;url={{ .Params.target }}">
<style>{{ partial "go.css" . | safeCSS }}</style></head>
<body><main><h1>{{ .Title }}</h1><p>{{ .Params.note }}</p>
<a href="{{ .Params.target }}">{{ .Params.target }}</a></main></body></html>
"""

HUGO_HOME = "<!doctype html><title>{{ .Site.Title }}</title>\n"
HUGO_404 = "<!doctype html><title>404</title><p>Not found</p>\n"


def profile(i: int) -> str:
    """The site.yaml of creator i, as benches/build.rs writes it."""
    lines = [
        f"name: 创作者 {i}",
        "tagline: 插画 · 手作 · 直播",
        f"base_url: https://c{i}.example.com/",
        "bio: |",
        f"  第 {i} 位创作者。**欢迎合作。**",
        "accounts:",
    ]
    for platform, account in PLATFORMS:
        lines += [
            f"  - platform: {platform}",
            f'    id: "{account}"',
            "    note: 账号备注",
        ]
    return "\n".join(lines) + "\n"


def hugo_section(i: int) -> dict:
    """Content files of creator i in the Hugo site: path -> text."""
    slug = f"c{i:04}"
    accounts = "".join(
        f'  - platform: {p}\n    url: "https://example.com/{p}/{a}"\n    note: 账号备注\n'
        for p, a in PLATFORMS
    )
    files = {
        f"content/{slug}/_index.md": (
            f"---\ntitle: 创作者 {i}\ntagline: 插画 · 手作 · 直播\naccounts:\n{accounts}---\n"
            f"第 {i} 位创作者。**欢迎合作。**\n"
        )
    }
    for p, a in PLATFORMS:
        files[f"content/{slug}/go-{p}.md"] = (
            f"---\ntitle: {p}\nurl: /{slug}/go/{p}/\n"
            f'target: "https://example.com/{p}/{a}"\nnote: 账号备注\n---\n'
        )
    return files


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(work: Path, n: int, templates: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    for i in range(n):
        write(work / "sites" / f"c{i:04}" / "site.yaml", profile(i))
    hugo = work / "hugo"
    write(hugo / "hugo.toml", HUGO_CONFIG)
    write(hugo / "layouts/_default/list.html", HUGO_LIST)
    write(hugo / "layouts/_default/single.html", HUGO_SINGLE)
    write(hugo / "layouts/index.html", HUGO_HOME)
    write(hugo / "layouts/404.html", HUGO_404)
    for css in ["hub.css", "go.css"]:
        write(hugo / "layouts/partials" / css, (templates / css).read_text(encoding="utf-8"))
    for i in range(n):
        for rel, text in hugo_section(i).items():
            write(hugo / rel, text)


def run(cmd: list, cwd: Path) -> tuple:
    """Runs cmd; returns (wall seconds, CPU seconds (user + system), peak RSS in MiB)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            sys.exit(f"{cmd[0]} failed:\n{err.read().decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def count_files(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="creators (default 1000)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/hutong-vs-hugo"))
    parser.add_argument(
        "--hutong",
        type=Path,
        action="append",
        help="a hutong binary (default target/release/hutong); give several to compare "
        "builds, e.g. before and after a change, in the same turns",
    )
    parser.add_argument("--hugo", default="hugo")
    parser.add_argument("--no-generate", action="store_true", help="reuse --work as it is")
    args = parser.parse_args()
    work = args.work.resolve()
    if not args.no_generate:
        generate(work, args.n, root / "templates")
    binaries = args.hutong or [root / "target/release/hutong"]
    hutong_out, hugo_out = work / "out-hutong", work / "out-hugo"
    sites = [str(s) for s in sorted((work / "sites").iterdir())]
    commands = {"hugo": ([args.hugo, "--quiet", "-d", str(hugo_out)], work / "hugo", hugo_out)}
    for binary in binaries:
        name = "hutong" if len(binaries) == 1 else str(binary)
        commands[name] = ([str(binary), "build", "-o", str(hutong_out), *sites], work, hutong_out)
    results = {name: [] for name in commands}
    files = {}
    for _ in range(args.runs):
        for name, (cmd, cwd, out) in commands.items():
            for folder in (hutong_out, hugo_out):
                shutil.rmtree(folder, ignore_errors=True)
            results[name].append(run(cmd, cwd))
            files[name] = count_files(out)
    for folder in (hutong_out, hugo_out):
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{args.n} creators × {len(PLATFORMS)} accounts, {args.runs} cold runs each, in turn")
    hugo = statistics.median(w for w, _, _ in results["hugo"])
    hugo_cpu = statistics.median(c for _, c, _ in results["hugo"])
    for name, samples in results.items():
        walls = [w for w, _, _ in samples]
        median = statistics.median(walls)
        cpu = statistics.median(c for _, c, _ in samples)
        print(
            f"  {name}: wall median {median:.2f} s (min {min(walls):.2f}, max {max(walls):.2f}), "
            f"{median / hugo:.2f}× Hugo; CPU median {cpu:.2f} s, {cpu / hugo_cpu:.2f}× Hugo; "
            f"peak RSS {max(r for _, _, r in samples):.1f} MiB; {files[name]} files"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
