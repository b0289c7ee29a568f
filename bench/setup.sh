#!/usr/bin/env bash
# Installs the Recognizers-Text suite (npm) that bench/run.sh measures, into DIR/node_modules.
# Usage: bench/setup.sh DIR. Needs node and npm (Debian: apt-get install nodejs npm).
set -euo pipefail
dir=${1:?usage: bench/setup.sh DIR}
version=1.3.1
mkdir -p "$dir"
if [[ -f "$dir/node_modules/@microsoft/recognizers-text-suite/package.json" ]] &&
   grep -q "\"version\": \"$version\"" "$dir/node_modules/@microsoft/recognizers-text-suite/package.json"; then
  exit 0
fi
command -v npm >/dev/null || { echo "bench/setup.sh: npm is missing (apt-get install nodejs npm)" >&2; exit 1; }
npm install --prefix "$dir" --no-audit --no-fund --no-save "@microsoft/recognizers-text-suite@$version" >&2
