#!/usr/bin/env bash
# Builds the extractor benchmark (Release), makes a >= 10 MB corpus of news text from the seed
# articles, and prints MB/s of three readers of that same file side by side:
#   digit scan   grep -c '[0-9]' (a floor: it only finds lines with a digit)
#   crosscheck   extract_figures (bench_extract, Google Benchmark)
#   recogniser   @microsoft/recognizers-text-suite, English number + percent + currency models
# Usage: bench/run.sh [BUILD_DIR]   (default build/bench; RECOGNIZER_SECONDS=20 bounds the slow one)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/bench}
seconds=${RECOGNIZER_SECONDS:-20}
corpus=$build/corpus.txt

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCROSSCHECK_BENCH=ON \
  -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target bench_extract -j"${JOBS:-2}" >/dev/null
python3 "$root/bench/make_corpus.py" "$root/fixtures/articles" "$corpus" 10 >/dev/null
bytes=$(stat -c %s "$corpus")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.6f", b / 1048576 }')

# crosscheck and the recogniser are timed in CPU seconds, so that other work on a shared machine
# does not count. grep's run is too short for the kernel's CPU accounting, so it runs 20 times and
# the CPU time is averaged (from the page cache, after a warm-up read).
cat "$corpus" >/dev/null
grep_mbs=$(python3 - "$corpus" "$mb" <<'PY'
import resource, subprocess, sys
runs = 20
before = resource.getrusage(resource.RUSAGE_CHILDREN)
for _ in range(runs):
    subprocess.run(["grep", "-c", "[0-9]", sys.argv[1]], stdout=subprocess.DEVNULL, check=True)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print("%.1f" % (float(sys.argv[2]) / max(cpu / runs, 1e-6)))
PY
)

ours_json=$("$build/bench/bench_extract" "$corpus" --benchmark_filter='^extract' --benchmark_min_time=3 --benchmark_repetitions=3 \
  --benchmark_format=json 2>/dev/null)
# Google Benchmark's bytes_per_second is per CPU second; the median of three repetitions.
ours_mbs=$(python3 -c 'import json,sys; b=[x for x in json.load(sys.stdin)["benchmarks"] if x.get("aggregate_name") == "median"][0]; print("%.1f" % (b["bytes_per_second"] / 1048576))' <<<"$ours_json")
figures=$(python3 -c 'import json,sys; print(int(json.load(sys.stdin)["benchmarks"][0]["figures"]))' <<<"$ours_json")

"$root/bench/setup.sh" "$build/node"
rec_json=$(node "$root/bench/recognizers_bench.js" "$build/node/node_modules" "$corpus" "$seconds")
rec_mbs=$(python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["mb_per_s"])' <<<"$rec_json")
rec_mb=$(python3 -c 'import json,sys; print("%.2f" % (json.load(sys.stdin)["bytes"] / 1048576))' <<<"$rec_json")

printf '\ncorpus: %s (%.1f MB; the recogniser read its first %s MB in %s CPU seconds)\n\n' "$corpus" "$mb" "$rec_mb" "$seconds"
printf '%-34s %12s %14s\n' "reader" "MB/s" "vs crosscheck"
printf '%-34s %12s %14s\n' "grep -c '[0-9]' (digit scan)" "$grep_mbs" \
  "$(awk -v a="$grep_mbs" -v b="$ours_mbs" 'BEGIN { printf "%.2fx", a / b }')"
printf '%-34s %12s %14s\n' "crosscheck extract_figures" "$ours_mbs" "1x"
printf '%-34s %12s %14s\n' "recognizers-text (number+%+money)" "$rec_mbs" \
  "$(awk -v a="$rec_mbs" -v b="$ours_mbs" 'BEGIN { printf "%.5fx", a / b }')"
printf '\ncrosscheck found %s figures; speed is %.3f of the digit scan (goal >= 0.1) and %.0fx the recogniser (goal >= 100x)\n' \
  "$figures" "$(awk -v a="$ours_mbs" -v b="$grep_mbs" 'BEGIN { print a / b }')" \
  "$(awk -v a="$ours_mbs" -v b="$rec_mbs" 'BEGIN { print a / b }')"
