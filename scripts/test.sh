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

# The fuzz targets are replayed over the fixtures by ctest above; FUZZ_SECONDS=N adds a
# coverage-guided run of every fuzzer for N seconds (scripts/fuzz.sh installs clang 14 if needed).
if [[ -n "${FUZZ_SECONDS:-}" ]]; then
  echo "== fuzz"
  bash scripts/fuzz.sh "$FUZZ_SECONDS"
fi
