#!/usr/bin/env python3
"""The oldest Rust hutong's dependencies allow: the newest `rust-version` among the
packages `cargo metadata` resolves for hutong (every feature), and which package asks
for it. Cargo.toml's `rust-version` must be at least this; it is exactly this when the
code itself needs nothing newer (checked with `cargo +<version> check --all-targets`).

    python3 scripts/rust-version.py
"""
import json
import subprocess
import tomllib
from pathlib import Path

root = Path(__file__).resolve().parent.parent
meta = json.loads(subprocess.run(
    ["cargo", "metadata", "--format-version", "1", "--all-features",
     "--manifest-path", str(root / "Cargo.toml")],
    check=True, capture_output=True, text=True).stdout)
used = {node["id"] for node in meta["resolve"]["nodes"]}


def version(text):
    return tuple(int(part) for part in text.split("."))


asks = sorted(
    (version(p["rust_version"]), p["name"], p["version"])
    for p in meta["packages"]
    if p["id"] in used and p.get("rust_version") and p["name"] != "hutong"
)
newest, name, at = asks[-1]
need = ".".join(map(str, newest))
with open(root / "Cargo.toml", "rb") as f:
    declared = tomllib.load(f)["package"].get("rust-version")
print(f"dependencies need Rust {need} ({name} {at}); Cargo.toml declares {declared}")
if declared is None or version(declared) < newest:
    raise SystemExit("Cargo.toml's rust-version is older than a dependency allows")
