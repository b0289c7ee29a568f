// What every writer owes: a row in the table, byte-identical output for the same report, and no
// raw control characters from document text.
#include "report/report_text.h"
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

// A difference of dates is days apart: days have no ratio, and a share of a day number is no measure.
TEST(Writers, DatesDifferByDays) {
  Finding f;
  f.delta = Delta{Number(1), Number("0.0000515"), Number("1.0000515"), "date"};
  EXPECT_EQ(delta_label(f), "1 day apart");
  f.delta->absolute = 3288;
  EXPECT_EQ(delta_label(f), "3288 days apart");
  f.delta = Delta{Number(2), Number("0.2"), Number("1.25"), "vessel"};
  EXPECT_EQ(delta_label(f), "2 vessels (20%, ratio 1.25)");
}

TEST(Writers, DeterministicForTheSameReport) {
  Report report = hostile_report();
  for (const ReportFormat& f : report_formats()) {
    std::string first = render(f.name, report);
    EXPECT_FALSE(first.empty()) << f.name;
    EXPECT_EQ(first, render(f.name, hostile_report())) << f.name;
  }
}

// SPEC §7: every report says which language each source was read in, and whether it was detected.
TEST(Writers, EverySourceEntrySaysItsLanguageAndHowItWasChosen) {
  const Report report = hostile_report();
  const std::pair<std::string_view, std::vector<std::string>> expected[] = {
      {"json", {"\"language\": \"vi\",\n      \"language_detected\": true", "\"language\": \"de\",\n      \"language_detected\": false"}},
      {"sarif", {"\"language\": \"vi\",", "\"languageDetected\": true", "\"language\": \"de\",", "\"languageDetected\": false"}},
      {"junit", {"name=\"source.plain.language\" value=\"vi (detected)\"", "name=\"source.page.language\" value=\"de (given)\""}},
      {"markdown", {"| Vietnamese (vi), detected |", "| German (de), given |"}},
      {"html", {"<td>Vietnamese (vi), detected</td>", "<td>German (de), given</td>"}},
  };
  for (const auto& [format, needles] : expected) {
    const std::string text = render(format, report);
    for (const std::string& needle : needles) EXPECT_NE(text.find(needle), std::string::npos) << format << ": " << needle;
  }
  const std::string console = render("console", report, true);
  EXPECT_NE(console.find("note: source plain (fixtures/hostile dir/a<b>&c.txt) read as Vietnamese (vi), detected\n"),
            std::string::npos);
  EXPECT_EQ(render("console", report).find("read as"), std::string::npos);  // only with --verbose
}

// SPEC §7: provenance in every report: each source's format, size and SHA-256 (when it was read),
// each mention's byte offsets in the original file.
TEST(Writers, EveryReportCarriesProvenance) {
  const Report report = hostile_report();
  const std::string hash(64, 'a');
  const MentionReport& m = report.findings[0].mentions[0];
  const std::string start = std::to_string(m.span.begin), end = std::to_string(m.span.end);
  const std::pair<std::string_view, std::vector<std::string>> expected[] = {
      {"json",
       {"\"format\": null,\n      \"size\": null,\n      \"sha256\": null",
        "\"format\": \"html\",\n      \"size\": 1234,\n      \"sha256\": \"" + hash + "\"",
        "\"start\": " + start + ",\n          \"end\": " + end + ","}},
      {"sarif",
       {"\"length\": 1234,", "\"mimeType\": \"text/html\",", "\"hashes\": {\n            \"sha-256\": \"" + hash + "\"",
        "\"byteOffset\": " + start + ",", "\"byteLength\": 10"}},
      {"junit",
       {"name=\"source.page.sha256\" value=\"" + hash + "\"", "name=\"source.page.size\" value=\"1234\"",
        "name=\"source.page.format\" value=\"html\""}},
      {"markdown", {"| html | 1234 | `" + hash + "` |", "| not read | | |", "(bytes " + start + ".." + end + ")"}},
      {"html", {"<td>html</td><td class=\"n\">1234</td><td class=\"hash\">" + hash + "</td>",
                "<dt>bytes</dt><dd>" + start + ".." + end + " in the file</dd>"}},
  };
  for (const auto& [format, needles] : expected) {
    const std::string text = render(format, report);
    for (const std::string& needle : needles) EXPECT_NE(text.find(needle), std::string::npos) << format << ": " << needle;
  }
  const std::string console = render("console", report, true);
  EXPECT_NE(console.find("note: source page: html, 1234 bytes, sha256 " + hash + "\n"), std::string::npos) << console;
  EXPECT_EQ(console.find("note: source plain: "), std::string::npos);  // not read: nothing to say
  EXPECT_NE(console.find(" = bytes " + start + ".." + end + "\n"), std::string::npos) << console;
  EXPECT_EQ(render("console", report).find(" = bytes "), std::string::npos);  // only with --verbose
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

namespace crosscheck {
namespace {

// A known failure of the --baseline file is shown for people and left out of CI's problems.
TEST(Writers, BaselinedFailuresAreShownNotCounted) {
  Report r = testing::hostile_report();
  r.findings[0].baselined = true;
  r.summary = summarise(r.findings);
  std::string sarif = testing::render("sarif", r);
  EXPECT_EQ(sarif.find("\"check\": \"budget\""), std::string::npos);
  EXPECT_NE(sarif.find("\"check\": \"ships\""), std::string::npos);
  std::string github = testing::render("github", r);
  EXPECT_TRUE(github.starts_with("::warning ")) << github;
  EXPECT_NE(github.find(", 1 baselined\n"), std::string::npos);
  std::string junit = testing::render("junit", r);
  EXPECT_NE(junit.find("failures=\"0\" errors=\"1\" skipped=\"2\""), std::string::npos);
  EXPECT_NE(junit.find("<skipped message=\"baselined: a known failure: message &lt;script&gt;"), std::string::npos);
  std::string md = testing::render("markdown", r);
  EXPECT_EQ(md.find("### error: `budget`"), std::string::npos);
  EXPECT_NE(md.find("### Baselined (known failures)\n\n- `budget` (error, disagree)"), std::string::npos);
  EXPECT_NE(md.find("| baselined | 1 | 0 | 0 | 1 |"), std::string::npos);
  std::string html = testing::render("html", r);
  EXPECT_NE(html.find("id=\"check-budget\" data-status=\"baselined\""), std::string::npos);
  EXPECT_NE(html.find("name=\"status\" value=\"baselined\" checked"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
