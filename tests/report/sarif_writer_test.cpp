#include "report/writers.h"
#include "report_testing.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

namespace crosscheck {
namespace {

using nlohmann::json;
using testing::hostile_report;
using testing::kHostile;
using testing::render;

json sarif_of(const Report& report) { return json::parse(render("sarif", report)); }

TEST(SarifWriter, RunShape) {
  json doc = sarif_of(hostile_report());
  EXPECT_EQ(doc["version"], "2.1.0");
  EXPECT_TRUE(doc["$schema"].get<std::string>().find("sarif-schema-2.1.0") != std::string::npos);
  ASSERT_EQ(doc["runs"].size(), 1u);
  const json& run = doc["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "crosscheck");
  EXPECT_EQ(run["tool"]["driver"]["version"], "0.0.0-test");
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_FALSE(rules.empty());
  EXPECT_EQ(rules[0]["id"], "agree");
  EXPECT_FALSE(rules[0]["shortDescription"]["text"].get<std::string>().empty());
  EXPECT_FALSE(rules[0]["help"]["text"].get<std::string>().empty());
}

// One rule per kind, named as the findings name it (conversion-pair, not the table's plural).
TEST(SarifWriter, OneRulePerFindingKind) {
  Report r = hostile_report();
  r.findings[1].kind = "conversion-pair";
  json doc = sarif_of(r);
  const json& rules = doc["runs"][0]["tool"]["driver"]["rules"];
  std::set<std::string> ids;
  for (const json& rule : rules) EXPECT_TRUE(ids.insert(rule["id"].get<std::string>()).second) << rule["id"];
  EXPECT_EQ(ids.count("conversion-pairs"), 0u);
  for (const json& result : doc["runs"][0]["results"]) {
    std::size_t index = result["ruleIndex"];
    ASSERT_LT(index, rules.size());
    EXPECT_EQ(rules[index]["id"], result["ruleId"]);
  }
  EXPECT_EQ(doc["runs"][0]["results"][1]["ruleId"], "conversion-pair");
}

// One result per failed or unresolved check that is not waived; passes and waivers give none.
TEST(SarifWriter, OneResultPerProblem) {
  json doc = sarif_of(hostile_report());
  const json& results = doc["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0]["ruleId"], "agree");
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[1]["level"], "warning");
  EXPECT_EQ(results[0]["properties"]["check"], "budget");
  EXPECT_EQ(results[1]["properties"]["status"], "unresolved");
  const json& rules = doc["runs"][0]["tool"]["driver"]["rules"];
  EXPECT_EQ(rules[results[0]["ruleIndex"].get<std::size_t>()]["id"], "agree");
}

TEST(SarifWriter, InfoIsANote) {
  Report r = hostile_report();
  r.findings[0].severity = Severity::info;
  EXPECT_EQ(sarif_of(r)["runs"][0]["results"][0]["level"], "note");
}

TEST(SarifWriter, PrimaryMentionIsTheLocationOthersAreRelated) {
  Report r = hostile_report();
  json result = sarif_of(r)["runs"][0]["results"][0];
  const json& loc = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"], "fixtures/hostile%20dir/a%3Cb%3E%26c.txt");
  const MentionReport& m = r.findings[0].mentions[0];
  EXPECT_EQ(loc["region"]["startLine"], 3);
  EXPECT_EQ(loc["region"]["startColumn"], m.start.column);
  EXPECT_EQ(loc["region"]["endLine"], 3);
  EXPECT_EQ(loc["region"]["endColumn"], m.start.column + 10);
  const json& related = result["relatedLocations"];
  ASSERT_EQ(related.size(), 2u);  // the other mention and the declaration
  EXPECT_EQ(related[0]["physicalLocation"]["region"]["startLine"], 7);
  EXPECT_EQ(related[1]["physicalLocation"]["artifactLocation"]["uri"], "rules/hostile%20%3Cdir%3E/rules.yaml");
  EXPECT_EQ(related[1]["physicalLocation"]["region"]["startLine"], 10);
  EXPECT_NE(related[0]["id"], related[1]["id"]);
}

// Text goes through JSON escaping only, except SARIF's own '[' ']' link syntax.
TEST(SarifWriter, HostileTextSurvivesAsText) {
  std::string text = render("sarif", hostile_report());
  EXPECT_EQ(text.find("<script>"), std::string::npos);  // JsonOut writes < as \u003c
  json result = json::parse(text)["runs"][0]["results"][0];
  std::string message = result["message"]["text"];
  EXPECT_NE(message.find("</script> \\]\\]> %0A %25 :: ::error file=x::y `tick`"), std::string::npos);
  EXPECT_NE(message.find("\\[link\\](javascript:alert(1))"), std::string::npos);
  EXPECT_NE(message.find("line\nbreak"), std::string::npos);
}

// Fingerprints come from the check and its quotes, never from lines: they survive edits above.
TEST(SarifWriter, FingerprintsIgnoreLineNumbers) {
  Report r = hostile_report();
  std::string before = sarif_of(r)["runs"][0]["results"][0]["partialFingerprints"]["crosscheckFinding/v1"];
  for (MentionReport& m : r.findings[0].mentions) {
    m.start.line += 40;
    m.end.line += 40;
  }
  r.findings[0].rule.line += 2;
  std::string after = sarif_of(r)["runs"][0]["results"][0]["partialFingerprints"]["crosscheckFinding/v1"];
  EXPECT_EQ(before, after);
  EXPECT_FALSE(before.empty());
  r.findings[0].mentions[0].quote = "another quote";
  EXPECT_NE(before, sarif_of(r)["runs"][0]["results"][0]["partialFingerprints"]["crosscheckFinding/v1"]);
}

TEST(SarifWriter, MentionWithoutPlaceFallsBackToTheDeclaration) {
  Report r = hostile_report();
  for (MentionReport& m : r.findings[0].mentions) m.start = m.end = Location{};
  json result = sarif_of(r)["runs"][0]["results"][0];
  const json& loc = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"], "rules/hostile%20%3Cdir%3E/rules.yaml");
  EXPECT_EQ(loc["region"]["startLine"], 10);
  EXPECT_EQ(loc["region"]["startColumn"], 3);
}

}  // namespace
}  // namespace crosscheck
