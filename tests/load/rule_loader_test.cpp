// Loading valid rule files into the model, includes and folders, and collecting errors of many files.
#include "load/rule_loader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using testing::FromSourceDir;
using testing::lines;
using testing::TempDir;

Location at(const std::string& file, std::size_t line, std::size_t column) { return {file, line, column}; }

void expect_at(const Location& actual, const Location& expected) {
  EXPECT_EQ(actual.file, expected.file);
  EXPECT_EQ(actual.line, expected.line);
  EXPECT_EQ(actual.column, expected.column);
}

class LoadRules : public FromSourceDir {};

TEST_F(LoadRules, SpecExampleLoadsIntoTheModel) {
  const std::string path = "tests/load/data/summit.yaml";
  DiagnosticSink sink;
  auto file = load_rule_file(path, sink);
  ASSERT_TRUE(file.has_value()) << ::testing::PrintToString(lines(sink));
  EXPECT_TRUE(sink.diagnostics().empty());

  EXPECT_EQ(file->path, path);
  EXPECT_EQ(file->version, 1);
  EXPECT_EQ(file->title, "Vietnam–Japan summit, September 2015");
  EXPECT_EQ(file->defaults.tolerance.kind, Tolerance::Kind::relative);
  EXPECT_EQ(file->defaults.tolerance.amount, Number("0.01"));
  expect_at(file->defaults.tolerance.where, at(path, 5, 14));
  EXPECT_EQ(file->defaults.severity, Severity::error);
  EXPECT_EQ(file->defaults.currency, "USD");
  EXPECT_TRUE(file->builtins.conversion_pairs);
  EXPECT_FALSE(file->builtins.sum_statements);
  EXPECT_TRUE(file->rates.empty());

  ASSERT_EQ(file->sources.size(), 3u);
  const SourceDecl& diplomat = file->sources[0];
  EXPECT_EQ(diplomat.id, "diplomat");
  EXPECT_EQ(diplomat.path, "fixtures/articles/diplomat-2015-09-vietnam-japan-partnership.txt");
  EXPECT_TRUE(fs::exists(diplomat.path));
  EXPECT_EQ(diplomat.title, "Vietnam, Japan Strengthen Strategic Partnership");
  EXPECT_EQ(diplomat.publisher, "The Diplomat");
  EXPECT_EQ(diplomat.published, (Date{2015, 9, 0}));
  EXPECT_FALSE(diplomat.primary);
  expect_at(diplomat.where, at(path, 9, 3));
  expect_at(diplomat.path_where, at(path, 10, 11));
  EXPECT_EQ(file->sources[1].id, "csis");
  EXPECT_EQ(file->sources[1].path, "fixtures/articles/csis-2015-09-party-chief-visit.txt");
  EXPECT_EQ(file->sources[1].publisher, "CSIS");
  EXPECT_FALSE(file->sources[1].published.has_value());
  EXPECT_EQ(file->sources[2].id, "thayer");
  EXPECT_EQ(file->sources[2].author, "Carlyle A. Thayer");
  EXPECT_EQ(file->sources[2].published, (Date{2016, 0, 0}));
  for (const SourceDecl& source : file->sources) EXPECT_TRUE(fs::exists(source.path)) << source.path;

  ASSERT_EQ(file->claims.size(), 5u);
  const ClaimDecl& oda = file->claims[0];
  EXPECT_EQ(oda.id, "hospital_oda");
  EXPECT_EQ(oda.about, "Japanese ODA for new hospitals in Ho Chi Minh City");
  EXPECT_EQ(oda.as_of, (Date{2015, 9, 15}));
  EXPECT_FALSE(oda.tolerance.has_value());
  EXPECT_FALSE(oda.value.has_value());
  expect_at(oda.where, at(path, 22, 3));
  ASSERT_EQ(oda.mentions.size(), 2u);
  EXPECT_EQ(oda.mentions[0].source, "diplomat");
  EXPECT_EQ(oda.mentions[0].quote, "286 million yen in official development assistance");
  expect_at(oda.mentions[0].where, at(path, 26, 7));
  expect_at(oda.mentions[0].source_where, at(path, 26, 7));
  expect_at(oda.mentions[0].quote_where, at(path, 26, 18));  // after the opening quote mark
  EXPECT_EQ(oda.mentions[1].source, "csis");
  EXPECT_EQ(oda.mentions[1].quote, "$239 million in official development assistance");
  expect_at(oda.mentions[1].quote_where, at(path, 27, 14));

  const ClaimDecl& vessels = file->claims[1];
  EXPECT_EQ(vessels.id, "vessels_2015");
  ASSERT_TRUE(vessels.tolerance.has_value());
  EXPECT_EQ(vessels.tolerance->kind, Tolerance::Kind::exact);
  ASSERT_EQ(vessels.mentions.size(), 2u);
  EXPECT_EQ(vessels.mentions[0].source, "csis");
  EXPECT_EQ(vessels.mentions[0].quote, "acquire two used Japanese patrol ships");
  expect_at(vessels.mentions[0].where, at(path, 32, 9));
  expect_at(vessels.mentions[0].source_where, at(path, 32, 17));
  expect_at(vessels.mentions[0].quote_where, at(path, 33, 17));
  EXPECT_EQ(vessels.mentions[1].source, "thayer");
  EXPECT_EQ(vessels.mentions[1].quote, "donated six used patrol boats");

  EXPECT_EQ(file->claims[2].id, "vessels_pledged_2014");
  ASSERT_EQ(file->claims[2].mentions.size(), 1u);
  EXPECT_EQ(file->claims[2].mentions[0].quote, "donate six used vessels");
  expect_at(file->claims[2].mentions[0].quote_where, at(path, 37, 27));
  EXPECT_EQ(file->claims[3].id, "vessels_added_2015");
  EXPECT_EQ(file->claims[3].mentions[0].quote, "two additional used vessels");

  const ClaimDecl& total = file->claims[4];
  EXPECT_EQ(total.id, "vessels_total");
  EXPECT_EQ(total.value, "8 vessels");
  expect_at(total.value_where, at(path, 41, 12));
  EXPECT_EQ(total.note, "sum of the 2014 pledge and the 2015 addition");
  EXPECT_TRUE(total.mentions.empty());

  ASSERT_EQ(file->checks.size(), 1u);
  const CheckDecl& check = file->checks[0];
  EXPECT_EQ(check.id, "vessels_add_up");
  EXPECT_EQ(check.about, "the 2014 pledge plus the 2015 addition make the total");
  EXPECT_EQ(check.expect, "vessels_pledged_2014 + vessels_added_2015 == vessels_total");
  expect_at(check.expect_where, at(path, 46, 13));
  EXPECT_EQ(check.severity, Severity::warning);
  expect_at(check.where, at(path, 44, 3));
}

TEST_F(LoadRules, SpecExampleAsPrintedNamesItsUndeclaredSource) {
  TempDir dir;
  std::string text = R"(crosscheck: 1
sources:
  csis:
    path: csis.txt
claims:
  vessels_2015:
    mentions:
      - source: csis
        quote: "acquire two used Japanese patrol ships"
      - source: thayer
        quote: "donated six used patrol boats"
)";
  std::string path = dir.write("story.yaml", text);
  DiagnosticSink sink;
  EXPECT_FALSE(load_rule_file(path, sink).has_value());
  EXPECT_EQ(lines(sink), std::vector<std::string>{path + ":10:17: error: unknown source 'thayer'; declared sources: csis"});
}

TEST_F(LoadRules, EveryKeyAndEveryMentionForm) {
  const std::string path = "tests/load/data/full-forms.yaml";
  DiagnosticSink sink;
  auto file = load_rule_file(path, sink);
  ASSERT_TRUE(file.has_value()) << ::testing::PrintToString(lines(sink));

  EXPECT_EQ(file->title, "Every key");
  EXPECT_EQ(file->rates, std::vector<std::string>{"tests/load/data/rates/vnd.csv"});
  EXPECT_FALSE(file->builtins.conversion_pairs);
  EXPECT_TRUE(file->builtins.sum_statements);
  EXPECT_EQ(file->defaults.tolerance.kind, Tolerance::Kind::absolute);
  EXPECT_EQ(file->defaults.tolerance.amount, Number("0.5"));
  EXPECT_EQ(file->defaults.severity, Severity::warning);
  EXPECT_EQ(file->defaults.currency, "JPY");
  EXPECT_EQ(file->defaults.approximations, (std::map<std::string, std::string>{{"about", "10%"}, {"nearly", "5%"}}));

  // The file's own sources first, then those of its includes.
  ASSERT_EQ(file->sources.size(), 3u);
  const SourceDecl& jha = file->sources[0];
  EXPECT_EQ(jha.id, "jha");
  EXPECT_EQ(jha.path, "/srv/articles/jha.txt");
  EXPECT_EQ(jha.title, "Chinh visit");
  EXPECT_EQ(jha.author, "Someone");
  EXPECT_EQ(jha.url, "https://example.org/jha");
  EXPECT_EQ(jha.published, (Date{2021, 11, 0}));
  EXPECT_TRUE(jha.primary);
  EXPECT_EQ(jha.language, "vi");
  EXPECT_EQ(jha.dollar, "SGD");
  const std::string shared = "tests/load/data/shared-sources.yaml";
  EXPECT_EQ(file->sources[1].id, "diplomat");
  EXPECT_EQ(file->sources[1].path, "fixtures/articles/diplomat-2015-09-vietnam-japan-partnership.txt");
  EXPECT_EQ(file->sources[1].published, (Date{2015, 9, 18}));
  EXPECT_EQ(file->sources[1].language, "en");
  expect_at(file->sources[1].where, at(shared, 3, 3));
  expect_at(file->sources[1].path_where, at(shared, 4, 11));
  EXPECT_EQ(file->sources[2].id, "voa");

  ASSERT_EQ(file->claims.size(), 2u);
  const ClaimDecl& loan = file->claims[0];
  EXPECT_EQ(loan.note, "long form mentions");
  EXPECT_EQ(loan.as_of, (Date{2021, 11, 24}));
  EXPECT_EQ(loan.severity, Severity::info);
  ASSERT_TRUE(loan.waive.has_value());
  EXPECT_EQ(loan.waive->reason, "known discrepancy");
  EXPECT_EQ(loan.waive->until, (Date{2026, 12, 31}));
  EXPECT_EQ(loan.value, "4.2 billion yen");
  expect_at(loan.value_where, at(path, 34, 13));  // single-quoted: after the quote mark
  ASSERT_EQ(loan.mentions.size(), 2u);
  const MentionDecl& long_form = loan.mentions[0];
  EXPECT_EQ(long_form.source, "jha");
  EXPECT_EQ(long_form.quote, "loans of up to 4.2 billion yen");
  EXPECT_EQ(long_form.figure_index, 2);
  EXPECT_FALSE(long_form.figure_text.has_value());
  EXPECT_EQ(long_form.occurrence, 1);
  EXPECT_EQ(long_form.as_of, (Date{2021, 11, 23}));
  EXPECT_EQ(long_form.value, "4.2 billion yen");
  expect_at(long_form.quote_where, at(path, 36, 21));
  const MentionDecl& block_form = loan.mentions[1];
  EXPECT_EQ(block_form.source, "voa");
  EXPECT_EQ(block_form.quote, "the \"largest\" loan");
  EXPECT_EQ(block_form.figure_text, "4.2 billion yen");
  EXPECT_FALSE(block_form.figure_index.has_value());

  const ClaimDecl& listed = file->claims[1];
  ASSERT_EQ(listed.mentions.size(), 2u);
  EXPECT_EQ(listed.mentions[0].source, "diplomat");
  EXPECT_EQ(listed.mentions[0].figure_text, "six");
  EXPECT_EQ(listed.mentions[0].occurrence, 2);
  EXPECT_EQ(listed.mentions[1].source, "jha");
  EXPECT_EQ(listed.mentions[1].quote, "x 1");
  expect_at(listed.mentions[1].where, at(path, 46, 9));
  expect_at(listed.mentions[1].source_where, at(path, 46, 18));
  expect_at(listed.mentions[1].quote_where, at(path, 46, 31));

  ASSERT_EQ(file->checks.size(), 3u);
  EXPECT_EQ(file->checks[0].expect, "loan > 0");
  expect_at(file->checks[0].expect_where, at(path, 50, 7));  // block scalar: its first content line
  EXPECT_EQ(file->checks[0].tolerance->kind, Tolerance::Kind::relative);
  EXPECT_EQ(file->checks[0].tolerance->amount, Number("0.02"));
  EXPECT_EQ(file->checks[0].waive->reason, "pending");
  EXPECT_FALSE(file->checks[0].waive->until.has_value());
  EXPECT_EQ(file->checks[1].expect, "listed == 6");
  expect_at(file->checks[1].expect_where, at(path, 55, 14));
  EXPECT_EQ(file->checks[2].expect, "listed == 6");
  expect_at(file->checks[2].expect_where, at(path, 57, 14));
}

TEST_F(LoadRules, ColumnsCountCodePoints) {
  TempDir dir;
  std::string path = dir.write("story.yaml",
                               "crosscheck: 1\n"
                               "title: Việt Nam\n"
                               "claims:\n"
                               "  total: {note: \"Việt\", value: \"8 tàu\", about: 1}\n"
                               "checks:\n"
                               "  adds_up: {about: \"tổng\", expect: 'total == 8'}\n");
  DiagnosticSink sink;
  auto file = load_rule_file(path, sink);
  ASSERT_TRUE(file.has_value()) << ::testing::PrintToString(lines(sink));
  expect_at(file->claims[0].value_where, at(path, 4, 33));
  expect_at(file->checks[0].expect_where, at(path, 6, 37));
}

TEST_F(LoadRules, ExpressionPositionsInEveryScalarStyle) {
  TempDir dir;
  std::string path = dir.write("story.yaml",
                               "crosscheck: 1\n"
                               "claims:\n"
                               "  a: {value: 1}\n"
                               "checks:\n"
                               "  plain:\n"
                               "    expect: a == 1\n"
                               "  double:\n"
                               "    expect: \"a == 1\"\n"
                               "  single:\n"
                               "    expect:   'a == 1'\n"
                               "  literal:\n"
                               "    expect: |  # keep the line\n"
                               "\n"
                               "        a == 1\n"
                               "  anchored:\n"
                               "    expect: &same \"a == 1\"\n"
                               "  aliased:\n"
                               "    expect: *same\n"
                               "  flow: {expect: a == 1}\n");
  DiagnosticSink sink;
  auto file = load_rule_file(path, sink);
  ASSERT_TRUE(file.has_value()) << ::testing::PrintToString(lines(sink));
  ASSERT_EQ(file->checks.size(), 7u);
  expect_at(file->checks[0].expect_where, at(path, 6, 13));
  expect_at(file->checks[1].expect_where, at(path, 8, 14));
  expect_at(file->checks[2].expect_where, at(path, 10, 16));
  // A block scalar keeps its leading empty line; its position is that of its first text.
  expect_at(file->checks[3].expect_where, at(path, 14, 9));
  EXPECT_EQ(file->checks[3].expect, "\na == 1\n");
  expect_at(file->checks[4].expect_where, at(path, 16, 20));
  expect_at(file->checks[5].expect_where, at(path, 16, 20));  // an alias's text is at its anchor
  expect_at(file->checks[6].expect_where, at(path, 19, 18));
}

TEST_F(LoadRules, FolderGivesItsMainFilesSortedAndSkipsIncludedOnes) {
  DiagnosticSink sink;
  auto files = load_rule_paths({"tests/load/data"}, sink);
  EXPECT_TRUE(sink.diagnostics().empty()) << ::testing::PrintToString(lines(sink));
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].path, "tests/load/data/full-forms.yaml");
  EXPECT_EQ(files[1].path, "tests/load/data/summit.yaml");
}

TEST_F(LoadRules, SameFileNamedTwiceLoadsOnce) {
  DiagnosticSink sink;
  auto files = load_rule_paths({"tests/load/data/summit.yaml", "tests/load/data/../data/summit.yaml"}, sink);
  EXPECT_TRUE(sink.diagnostics().empty());
  EXPECT_EQ(files.size(), 1u);
}

TEST_F(LoadRules, AnIncludedFileNamedOnItsOwnIsNotLoadedAlone) {
  DiagnosticSink sink;
  auto files = load_rule_paths({"tests/load/data/shared-sources.yaml", "tests/load/data/full-forms.yaml"}, sink);
  EXPECT_TRUE(sink.diagnostics().empty()) << ::testing::PrintToString(lines(sink));
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, "tests/load/data/full-forms.yaml");
}

TEST_F(LoadRules, DiamondIncludesMergeOnce) {
  TempDir dir;
  dir.write("sources.yaml", "sources:\n  a: {path: a.txt}\n");
  dir.write("left.yaml", "include: sources.yaml\nclaims:\n  left: {mentions: {a: \"1\"}}\n");
  dir.write("right.yaml", "include: sources.yaml\nclaims:\n  right: {mentions: {a: \"2\"}}\n");
  std::string main = dir.write("main.yaml", "crosscheck: 1\ninclude: [left.yaml, right.yaml]\n");
  DiagnosticSink sink;
  auto file = load_rule_file(main, sink);
  ASSERT_TRUE(file.has_value()) << ::testing::PrintToString(lines(sink));
  EXPECT_EQ(file->sources.size(), 1u);
  EXPECT_EQ(file->claims.size(), 2u);
  EXPECT_EQ(file->sources[0].path, (dir.path() / "a.txt").generic_string());
}

TEST_F(LoadRules, ErrorsOfAllFilesAreCollected) {
  TempDir dir;
  std::string a = dir.write("a.yaml", "crosscheck: 1\ntitel: x\nclaims:\n  one: {}\n");
  std::string b = dir.write("b.yaml", "crosscheck: 3\nchecks: [x]\n");
  std::string c = dir.write("c.yaml", "crosscheck: 1\nclaims: {x: {value: \"1\"\n");
  std::string good = dir.write("d.yaml", "crosscheck: 1\nclaims:\n  total: {value: 8 vessels}\n");
  DiagnosticSink sink;
  auto files = load_rule_paths({dir.path().generic_string(), (dir.path() / "missing.yaml").generic_string()}, sink);
  EXPECT_TRUE(files.empty());
  EXPECT_EQ(lines(sink), (std::vector<std::string>{
                             (dir.path() / "missing.yaml").generic_string() + ": error: no such file or folder",
                             a + ":2:1: error: unknown key 'titel'; did you mean 'title'?",
                             a + ":4:3: error: claim 'one' has neither mentions nor a value; give 'mentions' (where "
                                 "sources state it) or a 'value'",
                             b + ":1:13: error: unsupported format version '3'; this crosscheck reads version 1",
                             b + ":2:9: error: expected a map of checks, found a list",
                             c + ":3:1: error: malformed YAML: did not find expected ',' or '}' (while parsing a flow mapping at 2:13)",
                         }));
  EXPECT_EQ(sink.error_count(), 6u);
}

// Files named are read on several threads: the same files and the same messages, in the same order.
TEST_F(LoadRules, FilesReadOnSeveralThreadsGiveTheSameResult) {
  TempDir dir;
  dir.write("a.yaml", "crosscheck: 1\ntitel: x\nclaims:\n  one: {}\n");
  dir.write("b.yaml", "crosscheck: 3\nchecks: [x]\n");
  dir.write("c.yaml", "crosscheck: 1\nclaims: {x: {value: \"1\"\n");
  dir.write("sources.yaml", "sources:\n  s: {path: s.txt}\n");
  dir.write("d.yaml", "crosscheck: 1\ninclude: sources.yaml\nclaims:\n  total: {mentions: {s: \"8 ships\"}}\n");
  dir.write("e.yaml", "crosscheck: 1\ninclude: [sources.yaml, missing.yaml]\nclaims:\n  t: {value: 8 ships}\n");
  dir.write("f.yaml", "crosscheck: 1\nclaims:\n  u: {value: 9 ships}\n");
  const auto load = [&](unsigned jobs, bool threaded, const std::vector<std::string>& paths) {
    DiagnosticSink sink;
    Disposer disposer(threaded);
    auto files = load_rule_paths(paths, sink, jobs, &disposer);
    std::vector<std::string> out = lines(sink);
    for (const RuleFile& f : files) out.push_back(f.path + ": " + std::to_string(f.claims.size()) + " claims");
    return out;
  };
  const std::string folder = dir.path().generic_string();
  const std::vector<std::string> one = load(1, false, {folder});
  EXPECT_FALSE(one.empty());
  for (unsigned jobs : {2u, 3u, 8u}) EXPECT_EQ(load(jobs, true, {folder}), one) << jobs;
  // Without the files that fail: every file loads, the same at every count.
  fs::remove(dir.path() / "a.yaml");
  fs::remove(dir.path() / "b.yaml");
  fs::remove(dir.path() / "c.yaml");
  fs::remove(dir.path() / "e.yaml");
  const std::vector<std::string> good = load(1, false, {folder});
  EXPECT_EQ(good, (std::vector<std::string>{folder + "/d.yaml: 1 claims", folder + "/f.yaml: 1 claims"}));
  EXPECT_EQ(load(2, true, {folder}), good);
}

TEST_F(LoadRules, ErrorsAlreadyInTheSinkDoNotFailTheLoad) {
  DiagnosticSink sink;
  sink.error(Location{"elsewhere"}, "an earlier error");
  EXPECT_TRUE(load_rule_file("tests/load/data/summit.yaml", sink).has_value());
  EXPECT_EQ(sink.error_count(), 1u);
}

TEST_F(LoadRules, MissingPathsAndFolders) {
  TempDir dir;
  fs::create_directories(dir.path() / "empty");
  DiagnosticSink sink;
  EXPECT_FALSE(load_rule_file((dir.path() / "none.yaml").generic_string(), sink).has_value());
  EXPECT_FALSE(load_rule_file((dir.path() / "empty").generic_string(), sink).has_value());
  EXPECT_TRUE(load_rule_paths({(dir.path() / "empty").generic_string()}, sink).empty());
  std::string base = dir.path().generic_string();
  EXPECT_EQ(lines(sink), (std::vector<std::string>{
                             base + "/none.yaml: error: no such file",
                             base + "/empty: error: a directory; expected a YAML rule file",
                             base + "/empty: error: no rule files (*.yaml, *.yml) in this folder",
                         }));
}

TEST_F(LoadRules, OversizeFileIsRefusedUnread) {
  TempDir dir;
  fs::path big = dir.path() / "big.yaml";
  std::ofstream(big) << "crosscheck: 1\n";
  fs::resize_file(big, (std::size_t{8} << 20) + 1);  // sparse: nothing to write, nothing to read
  DiagnosticSink sink;
  EXPECT_FALSE(load_rule_file(big.generic_string(), sink).has_value());
  EXPECT_EQ(lines(sink), std::vector<std::string>{big.generic_string() +
                                                  ": error: file of 8388609 bytes; rule files are limited to 8388608 bytes"});
}

TEST_F(LoadRules, DeepBlockNestingIsRefused) {
  TempDir dir;
  std::string text = "crosscheck: 1\nclaims:\n";
  for (int i = 0; i < 10000; ++i) text += "- ";
  text += "x\n";
  std::string path = dir.write("deep.yaml", text);
  DiagnosticSink sink;
  EXPECT_FALSE(load_rule_file(path, sink).has_value());
  EXPECT_EQ(lines(sink),
            std::vector<std::string>{path + ":3:127: error: YAML nested deeper than 64 levels; rule files need only a few"});
}

TEST_F(LoadRules, AliasesCannotBlowUpTheModel) {
  TempDir dir;
  std::string text = "crosscheck: 1\nsources: {s: {path: a.txt}}\nclaims:\n  c0: {mentions: &many [";
  for (int i = 0; i < 600; ++i) text += "{source: s, quote: q},";
  text += "]}\n";
  for (int i = 1; i < 600; ++i) text += "  c" + std::to_string(i) + ": {mentions: *many}\n";
  std::string path = dir.write("laughs.yaml", text);
  DiagnosticSink sink;
  EXPECT_FALSE(load_rule_file(path, sink).has_value());
  ASSERT_EQ(sink.error_count(), 1u) << ::testing::PrintToString(lines(sink));
  EXPECT_NE(lines(sink)[0].find("aliases here expand to more elements than a rule file of this size could hold"),
            std::string::npos);
}

TEST_F(LoadRules, AliasesWithinReasonAreFine) {
  TempDir dir;
  std::string path = dir.write("aliases.yaml",
                               "crosscheck: 1\n"
                               "sources: {s: {path: a.txt}}\n"
                               "claims:\n"
                               "  a: {mentions: &both [{source: s, quote: one}, {source: s, quote: two}],\n"
                               "      waive: &why {reason: known}}\n"
                               "  b: {mentions: *both, waive: *why}\n");
  DiagnosticSink sink;
  auto file = load_rule_file(path, sink);
  ASSERT_TRUE(file.has_value()) << ::testing::PrintToString(lines(sink));
  ASSERT_EQ(file->claims.size(), 2u);
  EXPECT_EQ(file->claims[1].mentions.size(), 2u);
  EXPECT_EQ(file->claims[1].waive->reason, "known");
}

}  // namespace
}  // namespace crosscheck
