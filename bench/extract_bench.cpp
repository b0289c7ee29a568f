// Throughput of extract_figures over a corpus file, beside an in-process digit scan of the same bytes.
// Usage: bench_extract CORPUS [benchmark flags]; bench/run.sh makes the corpus and the comparison.
#include "figures/extractor.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string corpus;

void extract(benchmark::State& state) {
  std::size_t figures = 0;
  for (auto _ : state) {
    auto out = crosscheck::extract_figures(corpus);
    figures = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.size()));
  state.counters["figures"] = static_cast<double>(figures);
}

// What `grep -c '[0-9]'` computes: the lines holding a digit. A floor for any figure scanner.
void digit_lines(benchmark::State& state) {
  std::size_t lines = 0;
  for (auto _ : state) {
    lines = 0;
    bool digit = false;
    for (char c : corpus) {
      if (c == '\n') {
        lines += digit;
        digit = false;
      } else {
        digit |= static_cast<unsigned char>(c - '0') < 10;
      }
    }
    benchmark::DoNotOptimize(lines);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.size()));
  state.counters["lines"] = static_cast<double>(lines);
}

BENCHMARK(extract)->Unit(benchmark::kMillisecond);
BENCHMARK(digit_lines)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 2) {
    std::cerr << "usage: bench_extract CORPUS [--benchmark_...]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "bench_extract: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::ostringstream s;
  s << in.rdbuf();
  corpus = s.str();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
