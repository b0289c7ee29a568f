// The verdicts the project holds itself to (SPEC §9), read from the JSON report of the seed rules.
#include "cli/app.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace crosscheck {
namespace {

class SeedVerdicts : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::istringstream in;
    std::ostringstream out, err;
    Io io{in, out, err};
    int status = run_app({"crosscheck", "check", "rules", "--quiet", "--report", "json"}, io);
    ASSERT_EQ(status, 1) << err.str();
    report_ = new nlohmann::json(nlohmann::json::parse(out.str()));
  }
  static void TearDownTestSuite() { delete report_; }

  static const nlohmann::json& finding(const std::string& check, const std::string& kind) {
    for (const auto& f : (*report_)["findings"])
      if (f["check"] == check && f["kind"] == kind) return f;
    static const nlohmann::json none;
    ADD_FAILURE() << "no finding " << check << " (" << kind << ")";
    return none;
  }

  static bool has_diagnosis(const nlohmann::json& f, const std::string& code, const std::string& text) {
    for (const auto& d : f["diagnosis"])
      if (d["code"] == code && (d["message"].get<std::string>().find(text) != std::string::npos ||
                                d["suggestion"].get<std::string>().find(text) != std::string::npos))
        return true;
    return false;
  }

  static nlohmann::json* report_;
};

nlohmann::json* SeedVerdicts::report_ = nullptr;

TEST_F(SeedVerdicts, VesselCountsFailWithTheDifferentReferentsHint) {
  const auto& f = finding("vessels_2015", "agree");
  EXPECT_EQ(f["status"], "fail");
  EXPECT_TRUE(has_diagnosis(f, "different-referents", "additional")) << f.dump(2);
  // The Thayer figure ends where its words end, not after the <br /> that follows it.
  for (const auto& m : f["mentions"])
    if (m["source"] == "thayer") {
      EXPECT_EQ(m["line"], 425);
      EXPECT_EQ(m["column"], 23);
      EXPECT_EQ(m["end_column"], 44);
    }
}

TEST_F(SeedVerdicts, TheLoanPairPassesItsConversionCheck) {
  bool found = false;
  for (const auto& f : (*report_)["findings"]) {
    if (f["kind"] != "conversion-pair") continue;
    for (const auto& m : f["mentions"])
      if (m["figure"].is_object() && m["figure"]["text"] == "100 billion yen") {
        found = true;
        EXPECT_EQ(f["status"], "pass") << f.dump(2);
      }
  }
  EXPECT_TRUE(found) << "no conversion-pair finding for '100 billion yen ($835 million)'";
}

TEST_F(SeedVerdicts, HundredBillionYenAgreesWithEightHundredTwentyNineMillionDollars) {
  const auto& f = finding("infrastructure_loan", "agree");
  EXPECT_EQ(f["status"], "pass") << f.dump(2);
  ASSERT_EQ(f["mentions"].size(), 2u);
  // The yen figure was converted, and says at which rate.
  EXPECT_NE(f["mentions"][0]["normalised"]["rate"].get<std::string>().find("119.65 JPY/USD on 2015-09-15"),
            std::string::npos);
}

TEST_F(SeedVerdicts, HospitalAidFailsWithAScaleSlipNamingTwentyEightPointSixBillionYen) {
  const auto& f = finding("hospital_oda", "agree");
  EXPECT_EQ(f["status"], "fail");
  EXPECT_TRUE(has_diagnosis(f, "scale-slip", "28.6 billion yen")) << f.dump(2);
  EXPECT_NEAR(std::stod(f["delta"]["ratio"].dump()), 100.0, 1.0);
}

TEST_F(SeedVerdicts, TheVesselSumAddsUp) {
  EXPECT_EQ(finding("vessels_add_up", "expect")["status"], "pass");
}

}  // namespace
}  // namespace crosscheck
