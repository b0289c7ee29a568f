// A main() for the fuzz targets when they are not built with libFuzzer: feeds every file under the
// paths given (the fixtures, the rule files, the inputs that once crashed a fuzzer) to the target,
// whole and in pieces of 2 KB as the fuzzers' seeds are cut, so each target runs in every ctest
// run, under the sanitizers in the sanitize preset. A failure aborts, as it would under libFuzzer.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kLargestFile = 1 << 20;  // as the fuzzers' -max_len bounds their inputs
constexpr std::size_t kPiece = 2048;

void run(const std::string& bytes) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path root = argv[i];
    if (fs::is_regular_file(root)) {
      files.push_back(root);
    } else if (fs::is_directory(root)) {
      for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file() && entry.file_size() <= kLargestFile) files.push_back(entry.path());
    } else {
      std::fprintf(stderr, "%s: no such file or directory\n", argv[i]);
      return 2;
    }
  }
  std::sort(files.begin(), files.end());  // the same order on every machine
  std::size_t inputs = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    run(bytes);
    ++inputs;
    if (bytes.size() > kPiece) {
      for (std::size_t at = 0; at < bytes.size(); at += kPiece, ++inputs) run(bytes.substr(at, kPiece));
    }
  }
  std::printf("%zu files, %zu inputs replayed\n", files.size(), inputs);
  return files.empty() ? 1 : 0;  // a replay over nothing is a mistake in the test set-up
}
