#!/usr/bin/env bash
# Installs palint from the action's own source, unless that version is on PATH already.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wanted=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)
if [ "$(palint --version 2>/dev/null | cut -d' ' -f2)" = "$wanted" ]; then
  echo "palint $wanted is installed"
  exit 0
fi
cargo install --locked --path "$root/cli"
