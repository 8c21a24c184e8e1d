#!/usr/bin/env python3
"""Lighthouse scores of a built hub: builds SITE (default sites/xiaoman) with hutong,
serves it on 127.0.0.1 with the headers of its `_headers` file (as Cloudflare Pages and
Netlify would), runs Lighthouse (mobile, Debian's Chromium) RUNS times and prints the
median score of each category, and every audit that scored below 1 in any run.

    cargo build --release
    python3 scripts/lighthouse.py [--site sites/xiaoman] [--runs 3] [--hutong target/release/hutong]

Lighthouse is installed with npm into target/lighthouse/ on first use (npm's registry is
the only network it needs); the page itself loads nothing from any other host. Scores
for performance move with the machine's load: take them on a quiet machine.
"""

import argparse
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "target" / "lighthouse"


def lighthouse() -> Path:
    binary = LIGHTHOUSE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        LIGHTHOUSE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(LIGHTHOUSE), "--no-audit", "--no-fund",
             "--loglevel=error", "lighthouse@12"],
            check=True,
        )
    return binary


def read_headers(site: Path) -> dict:
    """`_headers` as {path pattern: [(name, value)]}; `/*` applies to every path."""
    rules, current = {}, None
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), [])
        elif current is not None and ":" in line:
            name, value = line.strip().split(":", 1)
            current.append((name.strip(), value.strip()))
    return rules


def matches(pattern: str, path: str) -> bool:
    if pattern.endswith("*"):
        return path.startswith(pattern[:-1])
    return path == pattern


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    rules = read_headers(site)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site), **kwargs)

        def end_headers(self):
            path = self.path.split("?", 1)[0]
            for pattern, headers in rules.items():
                if matches(pattern, path):
                    for name, value in headers:
                        self.send_header(name, value)
            super().end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", default="sites/xiaoman")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hutong", default=str(ROOT / "target" / "release" / "hutong"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    binary = lighthouse()
    work = Path(tempfile.mkdtemp(prefix="hutong-lighthouse-"))
    try:
        site_dir = Path(args.site).resolve()
        subprocess.run([args.hutong, "build", str(site_dir), "-o", str(work / "dist")],
                       check=True, cwd=ROOT)
        built = work / "dist" / site_dir.name
        server = serve(built)
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        scores, below = {}, {}
        for run in range(args.runs):
            report = work / f"run-{run}.json"
            subprocess.run(
                [str(binary), url, "--quiet", "--form-factor=mobile",
                 "--chrome-flags=--headless=new --no-sandbox",
                 "--output=json", f"--output-path={report}"],
                check=True, env={"CHROME_PATH": args.chromium, "PATH": "/usr/bin:/bin"},
            )
            result = json.loads(report.read_text(encoding="utf-8"))
            for name, category in result["categories"].items():
                scores.setdefault(name, []).append(category["score"])
            for name, audit in result["audits"].items():
                if audit.get("scoreDisplayMode") in ("binary", "numeric") \
                        and audit.get("score") is not None and audit["score"] < 1:
                    below.setdefault(name, []).append(audit["score"])
        server.shutdown()
        for name, values in scores.items():
            print(f"{name:16} median {statistics.median(values) * 100:.0f} "
                  f"(runs: {', '.join(f'{v * 100:.0f}' for v in values)})")
        for name, values in sorted(below.items()):
            print(f"  below 1: {name} in {len(values)} of {args.runs} runs "
                  f"(lowest {min(values):.2f})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
