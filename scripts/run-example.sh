#!/usr/bin/env bash
# The main job: set up, build, and check the example rules over the seed articles, writing every
# report format into reports/ (tests/cli/report_goldens_test.cpp keeps them up to date). Exits as
# crosscheck does (1 when a check fails, as the examples do).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec build/release/checker/crosscheck check rules/ \
  --report console \
  --report console=reports/seed.txt \
  --report json=reports/seed.json \
  --report sarif=reports/seed.sarif \
  --report junit=reports/seed.junit.xml \
  --report markdown=reports/seed.md \
  --report github=reports/seed.github.txt \
  --report html=reports/seed.html
