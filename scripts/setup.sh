#!/usr/bin/env bash
# Installs what building and testing crosscheck needs on Debian 12 (run as root). Idempotent:
# packages already present are not fetched again.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libboost-dev libfmt-dev libyaml-cpp-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev
  libicu-dev  # Unicode normalisation and CLDR data
  libyaml-dev  # checks rule-file syntax before yaml-cpp reads it
  libudunits2-dev  # physical units: names, symbols, plurals and conversions (UDUNITS-2)
  libpoppler-cpp-dev  # the text layer of PDF sources
  groff ghostscript  # make the PDF fixtures (tests/text/pdf fixtures, fixtures/pdf/README.md)
  libxml2-utils chromium  # the report tests: xmllint for JUnit, a headless browser for HTML
  pre-commit  # the pre-commit hooks test runs it in a scratch repository
  zsh  # parses the generated zsh completion
  neovim  # a real LSP client for the language server test (tests/lsp/neovim_test.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node.js for the report tests (Debian's, unless a node is already there), and their Node
# packages, pinned, in build/npm (git-ignored): ajv-cli and ajv-formats validate SARIF against its
# schema; playwright-core drives Debian's Chromium over the HTML report.
node_packages=()
command -v node >/dev/null || node_packages+=(nodejs)
command -v npm >/dev/null || node_packages+=(npm)
if ((${#node_packages[@]})); then
  echo "setup: installing ${node_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${node_packages[@]}" >/dev/null
fi
npm_dir="$(cd "$(dirname "$0")/.." && pwd)/build/npm"
npm_wanted="ajv-cli@5.0.0 ajv-formats@3.0.1 playwright-core@1.65.1"
if [[ "$(cat "$npm_dir/.installed" 2>/dev/null)" != "$npm_wanted" ]]; then
  echo "setup: installing Node packages $npm_wanted into build/npm"
  mkdir -p "$npm_dir"
  # shellcheck disable=SC2086  # one word per package
  npm install --prefix "$npm_dir" --no-save --no-audit --no-fund --loglevel=error $npm_wanted
  echo "$npm_wanted" >"$npm_dir/.installed"
fi
