// Helpers shared by the load tests: run from the repository root, read diagnostics as lines.
#pragma once

#include "base/diagnostic.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace crosscheck::testing {

// Paths in expected messages are relative to the repository root.
class FromSourceDir : public ::testing::Test {
 protected:
  void SetUp() override { std::filesystem::current_path(CROSSCHECK_SOURCE_DIR); }
};

inline std::vector<std::string> lines(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const Diagnostic& d : sink.diagnostics()) out.push_back(to_string(d));
  return out;
}

// A fresh folder under the system's temporary folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            (std::string("crosscheck-load-") + info->test_suite_name() + "-" + info->name());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string write(const std::string& name, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

}  // namespace crosscheck::testing
