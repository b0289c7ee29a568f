// Physical quantities through the whole pipeline: agree checks across units of one dimension
// (converted by UDUNITS-2), a length against a mass left unresolved, `expect` over areas, and
// the load-time error of adding a length to a mass.
#include "check_testing.h"
#include "expr/type_check.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using check_testing::finding;
using check_testing::run_fixture;

TEST(QuantityChecks, AgreeAcrossUnits) {
  const Report report = run_fixture("quantities/quantities.yaml");
  EXPECT_EQ(finding(report, "length_km_mi").status, Status::pass) << finding(report, "length_km_mi").message;
  EXPECT_EQ(finding(report, "ore_per_day").status, Status::pass) << finding(report, "ore_per_day").message;
  EXPECT_EQ(finding(report, "site_acres").status, Status::pass) << finding(report, "site_acres").message;
  EXPECT_EQ(finding(report, "site_km2").status, Status::pass) << finding(report, "site_km2").message;
  EXPECT_EQ(finding(report, "ship_speed").status, Status::pass) << finding(report, "ship_speed").message;
  EXPECT_EQ(finding(report, "length_disputed").status, Status::fail) << finding(report, "length_disputed").message;
}

TEST(QuantityChecks, LengthAgainstMassIsUnresolved) {
  const Report report = run_fixture("quantities/quantities.yaml");
  const Finding f = finding(report, "length_against_mass");
  EXPECT_EQ(f.status, Status::unresolved);
  EXPECT_NE(f.message.find("cannot compare '2.65 million lb' (mass in lb) with length (km)"), std::string::npos)
      << f.message;
}

TEST(QuantityChecks, ExpectOverAreas) {
  const Report report = run_fixture("quantities/quantities.yaml");
  EXPECT_EQ(finding(report, "site_adds_up").status, Status::pass) << finding(report, "site_adds_up").message;
  EXPECT_EQ(finding(report, "site_in_acres").status, Status::pass) << finding(report, "site_in_acres").message;
}

TEST(QuantityChecks, LengthPlusMassIsALoadError) {
  DiagnosticSink sink;
  std::vector<RuleFile> rules = load_rule_paths(
      {std::string(CROSSCHECK_SOURCE_DIR) + "/fixtures/quantities/bad-units.yaml"}, sink);
  ASSERT_FALSE(sink.has_errors());
  check_expressions(rules, sink);
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  const std::string message = to_string(sink.diagnostics()[0]);
  EXPECT_NE(message.find("cannot add a length (km) and a mass (t): expected quantities of one "
                         "dimension (length) on both sides of '+'"),
            std::string::npos)
      << message;
}

}  // namespace
}  // namespace crosscheck
