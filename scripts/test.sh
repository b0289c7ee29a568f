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

# Every fuzzer for a short while where clang 14 is installed (scripts/fuzz.sh SECONDS runs them longer).
if command -v clang++-14 >/dev/null; then
  echo "== fuzz"
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
fi
