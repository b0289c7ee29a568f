#!/usr/bin/env bash
# Builds the fuzzers (CMake preset `fuzz`: clang 14, libFuzzer, AddressSanitizer + UBSan) and runs
# each for SECONDS (default 60), two at a time, over a corpus seeded from fixtures/ and rules/ that
# grows in build/fuzz/corpus/. Inputs that crash, leak or time out are kept in build/fuzz/findings/;
# the exit status is 1 when there are any.
#   scripts/fuzz.sh [SECONDS] [FUZZER...]      e.g. scripts/fuzz.sh 1800 figures_ja expect
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
root=$PWD

# clang 14 and its libFuzzer runtime, from Debian, when missing (run as root, as scripts/setup.sh).
if ! command -v clang++-14 >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q 'install ok installed'; then
  echo "fuzz: installing clang-14 libclang-rt-14-dev"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev >/dev/null
fi
out=$root/build/fuzz

cmake --preset fuzz -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build --preset fuzz -j "${JOBS:-$(nproc)}" --target fuzzers

fuzzers=("$@")
if ((${#fuzzers[@]} == 0)); then
  fuzzers=(figures_en figures_vi figures_de figures_fr figures_ja rule_loader expect html markdown
           rates_csv quote_finder lsp pdf_text csv_table)
fi

# Seeds: texts cut into pieces of about 2 KB (small inputs run fast), rule files whole, the
# expressions of their `expect:` lines, rate tables, and for the quote finder a piece, a NUL
# and lines of the piece (found) and of the next piece (not found, so the closest is searched).
seed() {
  local name=$1 dir=$out/corpus/$1
  [[ -d $dir ]] && return 0
  mkdir -p "$dir"
  local texts=(fixtures/articles/*.txt fixtures/discover/*.txt fixtures/hostile/*.txt fixtures/hostile/*.html)
  case $name in
    figures_*|markdown)
      for f in "${texts[@]}" fixtures/discover/README.md; do
        split -C 2048 -d -a 4 "$f" "$dir/$(basename "$f")."
      done ;;
    html)
      cp fixtures/hostile/*.html "$dir/"
      for f in fixtures/articles/*.txt; do split -C 2048 -d -a 4 "$f" "$dir/$(basename "$f")."; done ;;
    rule_loader)
      find rules fixtures -name '*.yaml' -size -64k -exec cp --backup=numbered -t "$dir" {} + ;;
    expect)
      local i=0
      grep -rhoE '^\s*expect:\s*.+$' rules fixtures --include='*.yaml' | sed -E 's/^\s*expect:\s*//; s/^"(.*)"$/\1/' |
        while IFS= read -r line; do i=$((i + 1)); printf '%s' "$line" > "$dir/expect-$i"; done ;;
    lsp)
      cp tests/fuzz/seeds/lsp/* "$dir/"
      find rules fixtures/lsp -name '*.yaml' -exec cp --backup=numbered -t "$dir" {} + ;;
    pdf_text)
      cp fixtures/pdf/*.pdf "$dir/" ;;
    csv_table)
      find fixtures -name '*.csv' -exec cp --backup=numbered -t "$dir" {} + ;;
    rates_csv)
      find fixtures -name '*.csv' -exec cp -t "$dir" {} +
      head -c 4096 checker/units/data/ecb_rates.csv > "$dir/ecb-head.csv" ;;
    quote_finder)
      local pieces=$out/corpus/.pieces
      rm -rf "$pieces" && mkdir -p "$pieces"
      for f in fixtures/articles/*.txt; do split -C 2048 -d -a 4 "$f" "$pieces/$(basename "$f")."; done
      local previous=""
      for p in "$pieces"/*; do
        { cat "$p"; printf '\0'; sed -n '2p;4p' "$p"; [[ -n $previous ]] && sed -n '3p' "$previous"; } > "$dir/$(basename "$p")"
        previous=$p
      done
      rm -rf "$pieces" ;;
  esac
}

run_one() {
  local name=$1
  mkdir -p "$out/findings" "$out/logs"
  if "$out/tests/fuzz/fuzz_$name" "$out/corpus/$name" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
      -artifact_prefix="$out/findings/$name-" >"$out/logs/$name.log" 2>&1; then
    echo "fuzz_$name: ok, $(grep -m1 -oE 'stat::number_of_executed_units: [0-9]+' "$out/logs/$name.log" | grep -oE '[0-9]+$') runs in ${seconds}s"
  else
    echo "fuzz_$name: FAILED (log: build/fuzz/logs/$name.log)"
    grep -E 'ERROR|SUMMARY|Test unit written' "$out/logs/$name.log" | head -5
    return 1
  fi
}

for name in "${fuzzers[@]}"; do seed "$name"; done
export -f run_one
export out seconds
printf '%s\n' "${fuzzers[@]}" | xargs -P "${FUZZ_PARALLEL:-2}" -I{} bash -c 'run_one {}' && exit 0
echo "fuzz: findings in build/fuzz/findings/" >&2
exit 1
