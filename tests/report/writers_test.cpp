// What every writer owes: a row in the table, byte-identical output for the same report, and no
// raw control characters from document text.
#include "report/writers.h"
#include "report_testing.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::hostile_report;
using testing::render;

TEST(Writers, TableHasEveryFormatOnce) {
  for (std::string_view name : {"console", "json", "sarif", "junit", "markdown", "github", "html"}) {
    const ReportFormat* f = find_report_format(name);
    ASSERT_NE(f, nullptr) << name;
    EXPECT_EQ(f->name, name);
    EXPECT_FALSE(f->extension.empty());
  }
  EXPECT_EQ(find_report_format("pdf"), nullptr);
}

TEST(Writers, DeterministicForTheSameReport) {
  Report report = hostile_report();
  for (const ReportFormat& f : report_formats()) {
    std::string first = render(f.name, report);
    EXPECT_FALSE(first.empty()) << f.name;
    EXPECT_EQ(first, render(f.name, hostile_report())) << f.name;
  }
}

TEST(Writers, EmptyReportIsStillValidOutput) {
  Report empty;
  for (std::string_view name : {"sarif", "junit", "markdown", "github", "html"}) {
    std::string text = render(name, empty);
    EXPECT_FALSE(text.empty()) << name;
    EXPECT_EQ(text.back(), '\n') << name;
  }
}

// No format but the console (a terminal's business) passes a raw control character through.
TEST(Writers, NoRawControlCharactersFromDocumentText) {
  Report report = hostile_report();
  for (std::string_view name : {"json", "sarif", "junit", "markdown", "github", "html"}) {
    std::string text = render(name, report);
    for (char c : text) {
      auto b = static_cast<unsigned char>(c);
      bool allowed = b >= 0x20 || c == '\n' || (name == "html" && c == '\t') || (name == "junit" && c == '\t');
      ASSERT_TRUE(allowed) << name << " has byte " << int{b};
    }
  }
}

}  // namespace
}  // namespace crosscheck
