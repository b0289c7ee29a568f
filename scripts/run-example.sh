#!/usr/bin/env bash
# The main job: set up, build, and check the example rules over the seed articles, writing every
# report into reports/. Exits as crosscheck does (1 when a check fails, as the examples do).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec build/release/checker/crosscheck check rules/ \
  --report console \
  --report json=reports/seed.json
