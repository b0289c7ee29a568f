// Hostile inputs through the command line, at sizes where a quadratic reader would take minutes
// and a linear one well under a second. Not a timing test: each run only has to finish within a
// generous limit (it runs in another thread, and the test fails rather than hangs). Also: special
// files are refused without blocking, and a report write killed midway leaves the old report.
#include "cli/app.h"
#include "support/cli_run.h"
#include "report/atomic_file.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <string>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
constexpr auto kLimit = std::chrono::seconds(100);  // the sanitizers make reading several times slower
#else
constexpr auto kLimit = std::chrono::seconds(20);
#endif

// Runs the CLI in another thread; a run that does not end within kLimit fails the test and ends
// the process (a stuck thread cannot be stopped).
template <typename Run>
auto bounded(const std::string& command, Run run_it) {
  auto future = std::async(std::launch::async, run_it);
  if (future.wait_for(kLimit) != std::future_status::ready) {
    ADD_FAILURE() << "crosscheck " << command << " did not finish in " << kLimit.count() << " s";
    std::fflush(nullptr);
    std::_Exit(1);
  }
  return future.get();
}

CliRun run_bounded(std::vector<std::string> args) {
  return bounded(args[0], [args] { return run(args); });
}

// An output stream that only counts what is written to it.
struct CountingOut {
  struct Counter : std::streambuf {
    std::size_t* bytes;
    explicit Counter(std::size_t* bytes) : bytes(bytes) {}
    std::streamsize xsputn(const char*, std::streamsize n) override {
      *bytes += static_cast<std::size_t>(n);
      return n;
    }
    int_type overflow(int_type c) override {
      ++*bytes;
      return traits_type::not_eof(c);
    }
  };
  std::size_t bytes = 0;
  Counter counter{&bytes};
  std::ostream stream{&counter};
};

class HostileInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("crosscheck-hostile-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  std::string fifo(const std::string& name) {
    const std::string path = (dir_ / name).string();
    EXPECT_EQ(::mkfifo(path.c_str(), 0600), 0);
    return path;
  }
  static std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
  }
  fs::path dir_;
};

// ---- long chains of figures on one line: each was quadratic in the length of the line

TEST_F(HostileInputs, ChainOfRangesOnOneLine) {
  const std::string file = write("dashes.txt", repeat("5-", 80000) + "5\n");  // 160 KB
  CliRun r = run_bounded({"extract", file, "--format", "jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_GT(r.out.size(), 0u);
}

TEST_F(HostileInputs, ChainOfNumberWordsOnOneLine) {
  const std::string file = write("words.txt", repeat("nine hundred and ", 40000) + "nine\n");  // 680 KB
  CliRun r = run_bounded({"extract", file, "--format", "jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("909"), std::string::npos);
}

TEST_F(HostileInputs, ChainOfCommaListOnOneLine) {
  const std::string file = write("commas.txt", repeat("1,", 100000) + "1\n");  // 200 KB
  CliRun r = run_bounded({"extract", file, "--format", "jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
}

// Each was read from each of its numbers to its end before the reader gave up.
TEST_F(HostileInputs, ChainsOfGroupsAndOfAnd) {
  for (const std::string& text : {repeat("one and ", 50000) + "one", "1" + repeat(" 111", 50000),
                                 "1" + repeat(",111", 50000), "1" + repeat(",11", 50000) + ",111",
                                 "1" + repeat(".111", 50000), "１" + repeat("，１１１", 50000),
                                 "0." + std::string(200000, '1'), repeat("twenty-one ", 50000)}) {
    const std::string file = write("chain.txt", text + "\n");
    for (const char* language : {"en", "vi"}) {
      CliRun r = run_bounded({"extract", file, "--format", "jsonl", "--language", language});
      EXPECT_EQ(r.status, 0) << r.err;
    }
  }
}

TEST_F(HostileInputs, ChainsInEveryLanguage) {
  const std::string file = write("mixed.txt", repeat("5-", 20000) + repeat("1.", 20000) + repeat("1,", 20000) +
                                                  repeat("２８６億", 5000) + "\n");
  for (const char* language : {"en", "vi", "de", "fr", "ja"}) {
    CliRun r = run_bounded({"extract", file, "--format", "jsonl", "--language", language});
    EXPECT_EQ(r.status, 0) << language << ": " << r.err;
  }
}

// The same family in other shapes: each number of the chain read once, whatever joins them.
TEST_F(HostileInputs, ChainsOfOtherShapes) {
  for (const std::string piece : {"1.", "5\u2013", "1/", "1 - ", "$1,", "1%,", "1\u3001", "1-2,", "1; ", "$1-"}) {
    const std::string file = write("shape.txt", repeat(piece, 200000 / piece.size()) + "1\n");  // 200 KB
    CliRun r = run_bounded({"extract", file, "--format", "jsonl"});
    EXPECT_EQ(r.status, 0) << piece << ": " << r.err;
  }
}

// A field of /proc/self/status in kB ("VmHWM:", the peak resident size), -1 when there is none.
// Unused under the address sanitizer, whose tests of memory are skipped.
[[maybe_unused]] long status_kilobytes(const char* field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.starts_with(field)) return std::stol(line.substr(std::strlen(field)));
  return -1L;
}

// A line of a million numbers: the figures are handed on as they are read, a few hundred at a
// time, not held until the line ends (which took 430 MB at this size). Output goes nowhere, so that what is
// measured is the reading: the peak resident memory past what it was before the run.
TEST_F(HostileInputs, ChainHoldsBoundedMemory) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "the address sanitizer holds freed memory in quarantine";
#else
  const auto kilobytes = status_kilobytes;
  // Writing 5 to clear_refs sets the peak (VmHWM) back to the resident size.
  if (!(std::ofstream("/proc/self/clear_refs") << "5") || kilobytes("VmHWM:") < 0)
    GTEST_SKIP() << "no peak memory to read";
  for (const std::string piece : {"1,", "5-"}) {
    const std::string file = write("chain.txt", repeat(piece, 500000) + "1\n");  // 1 MB
    std::ofstream("/proc/self/clear_refs") << "5";
    const long before = kilobytes("VmRSS:");
    std::istringstream in;
    std::ostringstream err;
    CountingOut out;
    Io io{in, out.stream, err};
    const int status = bounded("extract", [&] { return run_app({"crosscheck", "extract", file, "--format", "jsonl"}, io); });
    EXPECT_EQ(status, 0) << err.str();
    EXPECT_GT(out.bytes, 50'000'000u);  // every number written
    const long grown = kilobytes("VmHWM:") - before;
    EXPECT_LT(grown, 100'000) << piece << ": " << grown << " kB more at the peak";
  }
#endif
}

// A draft that is one long line: each of its figures is reported with the passage around it, a
// window of the line, not a copy of the whole line (6,000 figures in 134 KB took 1.4 GB before).
TEST_F(HostileInputs, OneLineDraftVerifiedInBoundedMemory) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "the address sanitizer holds freed memory in quarantine";
#else
  if (!(std::ofstream("/proc/self/clear_refs") << "5") || status_kilobytes("VmHWM:") < 0)
    GTEST_SKIP() << "no peak memory to read";
  std::string draft, source;
  for (int i = 0; i < 3000; ++i) {
    draft += "The toll rose to " + std::to_string(1000 + i * 7) + " people and " + std::to_string(i % 900 + 3) + " ships. ";
    source += "The toll rose to " + std::to_string(1000 + i * 11) + " people and " + std::to_string(i % 700 + 5) + " ships. ";
  }
  const std::string draft_file = write("draft.txt", draft + "\n"), source_file = write("source.txt", source + "\n");
  std::ofstream("/proc/self/clear_refs") << "5";
  const long before = status_kilobytes("VmRSS:");
  std::istringstream in;
  std::ostringstream err;
  CountingOut out;
  Io io{in, out.stream, err};
  const int status = bounded("verify", [&] { return run_app({"crosscheck", "verify", draft_file, "--sources", source_file}, io); });
  EXPECT_EQ(status, 1) << err.str();  // the figures contradict each other
  EXPECT_GT(out.bytes, 1'000'000u);
  const long grown = status_kilobytes("VmHWM:") - before;
  EXPECT_LT(grown, 400'000) << grown << " kB more at the peak";
#endif
}

// ---- a quote not found in a large source: the closest passage is looked for in linear time

TEST_F(HostileInputs, QuoteNotFoundInALargeSource) {
  std::string source;
  for (int i = 0; source.size() < (1u << 20); ++i)
    source += "Paragraph " + std::to_string(i) + " says the budget rose by " + std::to_string(i % 97) +
              " percent over the year while ships and boats were counted again.\n";
  write("big.txt", source);
  write("rules.yaml",
        "crosscheck: 1\nsources:\n  big: {path: big.txt}\nclaims:\n  budget:\n    mentions:\n"
        "      big: \"the budget fell by 12 percent in a quite different sentence\"\n");
  CliRun r = run_bounded({"lint", (dir_ / "rules.yaml").string()});
  EXPECT_NE(r.status, 0) << r.out;
  EXPECT_NE((r.out + r.err).find("quote not found"), std::string::npos) << r.err;
}

// ---- rule files that hung or crashed the loader

TEST_F(HostileInputs, RuleFileThatIsJustACommaIsRefused) {
  for (const char* text : {",", ", a", "&a ,", "---\n,"}) {
    const std::string file = write("comma.yaml", text);
    CliRun r = run_bounded({"lint", file});
    EXPECT_EQ(r.status, 2) << text;
    EXPECT_NE(r.err.find(file + ":"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("malformed YAML"), std::string::npos) << r.err;
  }
}

TEST_F(HostileInputs, DeepExpressionsAreRefusedWhereTheyGoTooDeep) {
  write("a.txt", "It cost $5 million.\n");
  const std::string head =
      "crosscheck: 1\nsources:\n  a: {path: a.txt}\nclaims:\n  cost:\n    mentions: {a: \"$5 million\"}\n"
      "checks:\n  deep:\n    expect: \"";
  for (const std::string& expression : {repeat("(", 2500) + "cost" + repeat(")", 2500),
                                       repeat("-", 10000) + "cost > 1", repeat("not ", 10000) + "cost > 1",
                                       "cost" + repeat(" + cost", 200000) + " > 1"}) {
    const std::string file = write("deep.yaml", head + expression + "\"\n");
    CliRun r = run_bounded({"check", file});
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.err.find(file + ":9:"), std::string::npos) << r.err.substr(0, 300);
  }
}

// ---- special files: refused at once with their path, exit 2

TEST_F(HostileInputs, FifoAsSourceIsRefused) {
  const std::string pipe = fifo("pipe.txt");
  CliRun extract = run_bounded({"extract", pipe});
  EXPECT_EQ(extract.status, 2);
  EXPECT_NE(extract.err.find(pipe + ": error: is a FIFO (named pipe)"), std::string::npos) << extract.err;
  CliRun discover = run_bounded({"discover", pipe});
  EXPECT_EQ(discover.status, 2);
  write("rules.yaml", "crosscheck: 1\nsources:\n  a: {path: pipe.txt}\nclaims:\n  x:\n    mentions: {a: \"5 ships\"}\n");
  CliRun check = run_bounded({"check", (dir_ / "rules.yaml").string()});
  EXPECT_EQ(check.status, 2);
  EXPECT_NE(check.err.find("FIFO"), std::string::npos) << check.err;
}

TEST_F(HostileInputs, FifoAsRuleFileRatesOrBaselineIsRefused) {
  const std::string pipe = fifo("pipe.yaml");
  CliRun lint = run_bounded({"lint", pipe});
  EXPECT_EQ(lint.status, 2);
  EXPECT_NE(lint.err.find(pipe + ": error: a FIFO (named pipe), not a regular file"), std::string::npos) << lint.err;
  const std::string rates = fifo("rates.csv");
  CliRun convert = run_bounded({"convert", "100 yen", "USD", "--date", "2015-09-15", "--rates", rates});
  EXPECT_EQ(convert.status, 2);
  EXPECT_NE(convert.err.find(rates + ": error: is a FIFO (named pipe)"), std::string::npos) << convert.err;
  write("a.txt", "It cost $5 million.\n");
  const std::string rules =
      write("rules.yaml", "crosscheck: 1\nsources:\n  a: {path: a.txt}\nclaims:\n  x:\n    mentions: {a: \"$5 million\"}\n");
  const std::string baseline = fifo("baseline.json");
  CliRun check = run_bounded({"check", rules, "--baseline", baseline});
  EXPECT_EQ(check.status, 2);
  EXPECT_NE(check.err.find("FIFO"), std::string::npos) << check.err;
}

TEST_F(HostileInputs, DevicesAreRefused) {
  for (const std::string device : {"/dev/zero", "/dev/null"}) {
    if (!fs::exists(device)) continue;
    CliRun r = run_bounded({"extract", device});
    EXPECT_EQ(r.status, 2) << device;
    EXPECT_NE(r.err.find("character device"), std::string::npos) << r.err;
  }
}

// ---- a report write killed midway: the old report stays whole, no temporary file is left

TEST_F(HostileInputs, KilledReportWriteLeavesTheOldReport) {
  const std::string report = (dir_ / "report.json").string();
  const std::string old_content = "{\"old\": true}\n";
  ASSERT_EQ(write_file_atomically(report, old_content), "");
  const std::string new_content(64u << 20, 'x');  // long enough to be killed while writing it
  for (int attempt = 0; attempt < 3; ++attempt) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      write_file_atomically(report, new_content);
      ::_exit(0);
    }
    ::usleep(20000 + 30000 * attempt);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    std::ifstream in(report, std::ios::binary);
    const std::string now{std::istreambuf_iterator<char>(in), {}};
    EXPECT_TRUE(now == old_content || now == new_content) << "a report of " << now.size() << " bytes";
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) names.push_back(entry.path().filename().string());
    EXPECT_EQ(names, std::vector<std::string>{"report.json"});
    ASSERT_EQ(write_file_atomically(report, old_content), "");
  }
}

}  // namespace
}  // namespace crosscheck
