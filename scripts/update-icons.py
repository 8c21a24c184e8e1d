#!/usr/bin/env python3
"""Print the simple-icons `const` lines of src/platforms/icons.rs.

hutong draws platform marks from simple-icons (https://simpleicons.org, CC0-1.0; see its
DISCLAIMER.md: brand marks may still be trademarks, and a few icons carry their own
licence). This script reads an unpacked simple-icons npm package and prints one
`pub(super) const NAME: Icon = Icon::Path("...");` line per slug hutong uses, formatted
the way `cargo fmt` leaves them, so the icons can be refreshed by hand:

    cd /tmp && npm pack simple-icons && mkdir -p si && tar xzf simple-icons-*.tgz -C si
    python3 scripts/update-icons.py /tmp/si/package > /tmp/icons.txt

Then replace the generated block of src/platforms/icons.rs (from the "// --- simple-icons"
line to the "// --- end of simple-icons ---" line, both printed too) with /tmp/icons.txt,
update the version in the module comment at the top of icons.rs, and run
`cargo test --lib platforms`.

Only the Python standard library is used. Slugs whose icon is missing, or whose licence is
not CC0 (an explicit `license` entry in data/simple-icons.json), make the script fail:
such a platform has to get an `Icon::Mark` in data.rs instead.
"""

import json
import math
import re
import sys
from pathlib import Path

# simple-icons slug -> const name in icons.rs (sorted by const name).
SLUGS = {
    "alipay": "ALIPAY",
    "applemusic": "APPLE_MUSIC",
    "bilibili": "BILIBILI",
    "bluesky": "BLUESKY",
    "dazhongdianping": "DIANPING",
    "discord": "DISCORD",
    "facebook": "FACEBOOK",
    "github": "GITHUB",
    "instagram": "INSTAGRAM",
    "kofi": "KOFI",
    "kuaishou": "KUAISHOU",
    "line": "LINE",
    "mastodon": "MASTODON",
    "medium": "MEDIUM",
    "neteasecloudmusic": "NETEASE_MUSIC",
    "patreon": "PATREON",
    "pinterest": "PINTEREST",
    "qq": "QQ",
    "reddit": "REDDIT",
    "sinaweibo": "WEIBO",
    "snapchat": "SNAPCHAT",
    "spotify": "SPOTIFY",
    "substack": "SUBSTACK",
    "taobao": "TAOBAO",
    "telegram": "TELEGRAM",
    "threads": "THREADS",
    "tiktok": "TIKTOK",
    "twitch": "TWITCH",
    "wechat": "WECHAT",
    "whatsapp": "WHATSAPP",
    "x": "X",
    "xiaohongshu": "XIAOHONGSHU",
    "youtube": "YOUTUBE",
    "zhihu": "ZHIHU",
}

MAX_WIDTH = 100  # rustfmt's default max_width

# Decimal places kept in path coordinates. The hub draws an icon 26 CSS px wide, so a
# unit is about 1 CSS px and 0.1 unit a third of a device pixel on a 3x screen; rounded
# as round_path does, no point moves by more than 0.05 unit. Rendered at 64 px and at
# 192 px, the rounded icons cannot be told from simple-icons' 3-4 places, which cost a
# fifth of a 20-account hub gzipped (it inlines every icon it shows, and must arrive in
# one round trip: tests/hub_budget.rs).
PLACES = 1

NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}


def segments(d: str) -> list:
    """Parses SVG path data into (command, [numbers]), one per segment, with implicit
    repeats made explicit (after `M`/`m`, further pairs are `L`/`l`)."""
    out, cmd, i, n = [], None, 0, len(d)

    def skip(i):
        while i < n and d[i] in " ,\t\r\n":
            i += 1
        return i

    i = skip(i)
    while i < n:
        if d[i].isalpha():
            cmd, i = d[i], skip(i + 1)
            if cmd.lower() not in ARGS:
                raise ValueError(f"unknown path command {cmd!r}")
            if cmd in "zZ":
                out.append((cmd, []))
                continue
        elif cmd is None or cmd in "zZ":
            raise ValueError(f"a command is missing at {d[i:i + 20]!r}")
        args = []
        for k in range(ARGS[cmd.lower()]):
            if cmd in "aA" and k in (3, 4):  # arc flags: one digit, maybe unseparated
                if d[i] not in "01":
                    raise ValueError(f"an arc flag is missing at {d[i:i + 20]!r}")
                args.append(int(d[i]))
                i += 1
            else:
                m = NUMBER.match(d, i)
                if m is None:
                    raise ValueError(f"a number is missing at {d[i:i + 20]!r}")
                args.append(float(m.group()))
                i = m.end()
            i = skip(i)
        out.append((cmd, args))
        cmd = {"M": "L", "m": "l"}.get(cmd, cmd)
    return out


def round_path(d: str, places: int = PLACES) -> str:
    """`d` with every coordinate on a grid of 10^-places units.

    Rounding relative coordinates one by one would let the errors add up along a
    subpath; instead each point is rounded in absolute coordinates and a relative
    command gets the difference between its rounded point and the rounded point the
    pen is at, so no point is more than half a grid step from where it was. Commands
    keep their letters (absolute stays absolute, relative relative)."""
    scale = 10**places

    def q(v):
        return math.floor(v * scale + 0.5)

    def text(v):
        sign = "-" if v < 0 else ""
        whole, frac = divmod(abs(v), scale)
        frac = str(frac).rjust(places, "0").rstrip("0") if places else ""
        if not frac:
            return f"{sign}{whole}"
        return f"{sign}{whole if whole else ''}.{frac}"

    cur = start = (0.0, 0.0)  # exact pen position and subpath start
    rcur = rstart = (0, 0)  # the same, rounded: where the rounded path's pen is
    out, last_cmd, last_token = [], None, None

    def emit(cmd, numbers, flags=()):
        """Appends a segment; `flags` are arc flags, written as they are."""
        nonlocal last_cmd, last_token
        tokens = [text(v) for v in numbers]
        tokens[3:3] = [str(f) for f in flags]  # an arc: rx ry rotation flags x y
        if cmd != last_cmd or cmd in "mM":
            out.append(cmd)
            last_token = None
        for t in tokens:
            if last_token is not None and not (
                t.startswith("-") or (t.startswith(".") and "." in last_token)
            ):
                out.append(" ")
            out.append(t)
            last_token = t
        last_cmd = cmd

    for cmd, args in segments(d):
        rel = cmd.islower()
        kind = cmd.lower()
        ox, oy = cur if rel else (0.0, 0.0)
        rox, roy = rcur if rel else (0, 0)
        if kind == "z":
            emit(cmd, [])
            cur, rcur = start, rstart
            continue
        if kind == "h":
            x = ox + args[0]
            emit(cmd, [q(x) - rox])
            cur, rcur = (x, cur[1]), (q(x), rcur[1])
            continue
        if kind == "v":
            y = oy + args[0]
            emit(cmd, [q(y) - roy])
            cur, rcur = (cur[0], y), (rcur[0], q(y))
            continue
        if kind == "a":
            x, y = ox + args[5], oy + args[6]
            radii = [q(args[0]), q(args[1]), q(args[2])]
            emit(cmd, radii + [q(x) - rox, q(y) - roy], flags=(args[3], args[4]))
            cur, rcur = (x, y), (q(x), q(y))
            continue
        points = [(ox + args[k], oy + args[k + 1]) for k in range(0, len(args), 2)]
        numbers = []
        for x, y in points:
            numbers += [q(x) - rox, q(y) - roy]
        emit(cmd, numbers)
        cur = points[-1]
        rcur = (q(cur[0]), q(cur[1]))
        if kind == "m":
            start, rstart = cur, rcur
    return "".join(out)


def const_line(name: str, path: str) -> str:
    one = f'pub(super) const {name}: Icon = Icon::Path("{path}");'
    if len(one) <= MAX_WIDTH:
        return one
    return f'pub(super) const {name}: Icon = Icon::Path(\n    "{path}",\n);'


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    version = json.loads((root / "package.json").read_text(encoding="utf-8"))["version"]
    data = json.loads((root / "data" / "simple-icons.json").read_text(encoding="utf-8"))
    icons = data["icons"] if isinstance(data, dict) else data
    by_slug = {icon.get("slug"): icon for icon in icons}
    print(f"simple-icons {version}", file=sys.stderr)

    failed = False
    lines = []
    for slug, name in sorted(SLUGS.items(), key=lambda kv: kv[1]):
        icon = by_slug.get(slug)
        svg_file = root / "icons" / f"{slug}.svg"
        if icon is None or not svg_file.exists():
            print(f"error: slug {slug!r} not in this simple-icons", file=sys.stderr)
            failed = True
            continue
        licence = icon.get("license")
        if licence is not None and licence.get("type") != "CC0-1.0":
            print(f"error: slug {slug!r} has licence {licence}", file=sys.stderr)
            failed = True
            continue
        match = re.search(r'<path\s+d="([^"]+)"', svg_file.read_text(encoding="utf-8"))
        if match is None:
            print(f"error: no path in {svg_file}", file=sys.stderr)
            failed = True
            continue
        lines.append(f"/// `{slug}` ({icon['title']}, #{icon['hex']}).")
        lines.append(const_line(name, round_path(match.group(1))))
    print(f"// --- simple-icons {version} (generated by scripts/update-icons.py) ---")
    print("\n".join(lines))
    print("// --- end of simple-icons ---")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
