#!/usr/bin/env bash
# The language server under a real client: Neovim's built-in LSP client, headless, runs
# neovim_client.lua against `crosscheck lsp`. Skipped (with a message ctest recognises) when
# Neovim is not installed (scripts/setup.sh installs it).
#   neovim_test.sh CROSSCHECK_BINARY SOURCE_DIR
set -euo pipefail
binary=$1 root=$2
if ! command -v nvim >/dev/null; then
  echo "neovim test skipped: nvim is not installed (apt-get install neovim)"
  exit 0
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A clean Neovim: no user configuration, plugins, shada or swap files.
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state
export CROSSCHECK_BIN=$binary CROSSCHECK_ROOT=$root
exec timeout 60 nvim --headless --clean -n -i NONE -u NONE \
  -c "luafile $(dirname "$0")/neovim_client.lua"
