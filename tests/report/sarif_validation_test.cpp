// SARIF output against the official SARIF 2.1.0 JSON schema, with a real validator (ajv, after
// migrating the draft-04 schema to draft-07). Skips when node, ajv or the schema is absent.
#include "external_tools.h"
#include "report_testing.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using namespace testing;

class SarifValidation : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string missing = missing_for_sarif_validation();
    if (!missing.empty()) GTEST_SKIP() << "SARIF schema validation skipped: missing " << missing
                                       << " (scripts/setup.sh installs the Node packages)";
    dir_ = artifact_dir() / "sarif";
    std::filesystem::create_directories(dir_);
    // One migrated copy per test: CTest may run the tests of this fixture at the same time.
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    schema_ = (dir_ / ("sarif-schema-2.1.0.draft-07." + test + ".json")).string();
    std::string output;
    ASSERT_EQ(run_command(ajv() + " migrate -s " + shell_quote(kSarifSchema) + " -o " + shell_quote(schema_), output), 0)
        << output;
  }

  static std::string ajv() { return "node " + shell_quote(npm_dir() + "/node_modules/ajv-cli/dist/index.js"); }

  // ajv reads the data file by its extension: SARIF is saved as .json.
  int validate(const std::string& name, const std::string& sarif, std::string& output) {
    std::filesystem::path file = dir_ / (name + ".sarif.json");
    write_text(file, sarif);
    return run_command(ajv() + " validate --spec=draft7 --strict=false --all-errors -c ajv-formats -s " +
                           shell_quote(schema_) + " -d " + shell_quote(file.string()),
                       output);
  }

  std::filesystem::path dir_;
  std::string schema_;
};

TEST_F(SarifValidation, SeedReportIsValid) {
  std::string output;
  EXPECT_EQ(validate("seed", render("sarif", run_rules({"rules"})), output), 0) << output;
}

TEST_F(SarifValidation, HostileFixtureReportIsValid) {
  std::string output;
  EXPECT_EQ(validate("hostile-fixture", render("sarif", run_rules({"fixtures/hostile/hostile.yaml"})), output), 0)
      << output;
}

TEST_F(SarifValidation, HandBuiltHostileReportIsValid) {
  std::string output;
  EXPECT_EQ(validate("hostile-hand", render("sarif", hostile_report()), output), 0) << output;
  EXPECT_EQ(validate("empty", render("sarif", Report{}), output), 0) << output;
}

// The validator does reject: a result without a message, a relative URI with a space.
TEST_F(SarifValidation, ValidatorRejectsInvalidSarif) {
  std::string output;
  EXPECT_NE(validate("invalid-message",
                     R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"a"}]}]})",
                     output),
            0);
  EXPECT_NE(validate("invalid-uri",
                     R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},)"
                     R"("locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b"}}}]}]}]})",
                     output),
            0);
}

}  // namespace
}  // namespace crosscheck
