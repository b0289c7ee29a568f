// The JSON report against its committed schema (docs/report-schema.json), with a real validator
// (ajv). Skips when node or ajv is absent; the schema itself is part of the repository.
#include "external_tools.h"
#include "report_testing.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace crosscheck {
namespace {

using namespace testing;

class JsonSchema : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!have_program("node") ||
        !std::filesystem::exists(npm_dir() + "/node_modules/ajv-cli/dist/index.js"))
      GTEST_SKIP() << "JSON schema validation skipped: node or ajv-cli missing (scripts/setup.sh "
                      "installs them)";
    dir_ = artifact_dir() / "json-schema";
    std::filesystem::create_directories(dir_);
  }

  int validate(const std::string& name, const std::string& json, std::string& output) {
    std::filesystem::path file = dir_ / (name + ".json");
    write_text(file, json);
    return run_command("node " + shell_quote(npm_dir() + "/node_modules/ajv-cli/dist/index.js") +
                           " validate --spec=draft7 --strict=false --all-errors -s docs/report-schema.json -d " +
                           shell_quote(file.string()),
                       output);
  }

  std::filesystem::path dir_;
};

TEST_F(JsonSchema, SeedReportIsValid) {
  std::string output;
  EXPECT_EQ(validate("seed", render("json", run_rules({"rules"})), output), 0) << output;
}

TEST_F(JsonSchema, HostileAndEmptyReportsAreValid) {
  std::string output;
  EXPECT_EQ(validate("hostile-fixture", render("json", run_rules({"fixtures/hostile/hostile.yaml"})), output), 0)
      << output;
  EXPECT_EQ(validate("hostile-hand", render("json", hostile_report()), output), 0) << output;
  EXPECT_EQ(validate("empty", render("json", Report{}), output), 0) << output;
}

// verify's report: the same schema, with each finding's confidence and signals.
TEST_F(JsonSchema, VerifyReportIsValid) {
  std::string output;
  const Report verify = hostile_pairing_reports().second;
  ASSERT_FALSE(verify.findings.empty());
  const std::string json = render("json", verify);
  EXPECT_NE(json.find("\"signals\": ["), std::string::npos) << json;
  EXPECT_EQ(validate("verify-hostile", json, output), 0) << output;
}

TEST_F(JsonSchema, TheSchemaRejectsAReportMissingItsFindings) {
  std::string output;
  EXPECT_NE(validate("broken", "{\"schema\": \"crosscheck.report/2\"}\n", output), 0) << output;
}

}  // namespace
}  // namespace crosscheck
