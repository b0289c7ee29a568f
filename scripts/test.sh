#!/usr/bin/env bash
# The whole test suite: set up, then build and test with the developer preset (warnings are errors)
# and again with AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc)
for preset in dev sanitize; do
  echo "== $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  ctest --preset "$preset" -j "$jobs"
done

# The fuzz targets are replayed over the fixtures by ctest above; then every fuzzer runs
# coverage-guided for FUZZ_SECONDS (default 30; 0 skips it) under ASan + UBSan. scripts/fuzz.sh
# installs clang 14 when it is missing and fails on any crash, leak or timeout it finds.
fuzz_seconds=${FUZZ_SECONDS:-30}
if ((fuzz_seconds > 0)); then
  echo "== fuzz ($fuzz_seconds s each)"
  bash scripts/fuzz.sh "$fuzz_seconds"
else
  echo "== fuzz: skipped (FUZZ_SECONDS=0)"
fi
