// The example reports in reports/ are the CLI's output over rules/ in every format, byte for byte.
// CROSSCHECK_UPDATE_REPORTS=1 rewrites them instead of comparing (then review the diff).
#include "cli/app.h"
#include "support/test_files.h"
#include "report/atomic_file.h"
#include "report/writers.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

// Run from the repository root (as CTest does), so that the reports hold the relative paths a
// user sees, never a machine's absolute ones.
TEST(ReportGoldens, SeedReportsInEveryFormatMatchReportsFolder) {
  ASSERT_TRUE(fs::exists("rules") && fs::exists("reports")) << "run from the repository root";
  fs::path scratch = fs::temp_directory_path() / ("crosscheck-goldens-" + std::to_string(::getpid()));
  fs::create_directories(scratch);
  std::vector<std::string> args{"crosscheck", "check", "rules/"};
  for (const ReportFormat& f : report_formats()) {
    args.push_back("--report");
    args.push_back(std::string(f.name) + "=" + (scratch / ("seed." + std::string(f.extension))).string());
  }
  std::istringstream in;
  std::ostringstream out, err;
  Io io{in, out, err};
  EXPECT_EQ(run_app(args, io), 1) << err.str();  // the seed articles do contradict each other
  EXPECT_EQ(err.str(), "");

  const char* update = std::getenv("CROSSCHECK_UPDATE_REPORTS");
  bool updating = update && std::string(update) == "1";
  for (const ReportFormat& f : report_formats()) {
    std::string name = "seed." + std::string(f.extension);
    std::string actual = read_file(scratch / name);
    EXPECT_FALSE(actual.empty()) << name;
    EXPECT_EQ(actual.find(fs::current_path().string()), std::string::npos) << name << " holds a machine path";
    fs::path golden = fs::path("reports") / name;
    if (updating) {
      EXPECT_EQ(write_file_atomically(golden.string(), actual), "");
      continue;
    }
    EXPECT_TRUE(read_file(golden) == actual)
        << golden.string() << " differs from the CLI's output; if the change is intended, run the tests "
        << "with CROSSCHECK_UPDATE_REPORTS=1 (or scripts/run-example.sh) and review the diff";
  }
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace crosscheck
