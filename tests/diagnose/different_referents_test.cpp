// The different-referents diagnosis (fixtures/diagnose/referents/): a quote that says "additional"
// may count a different set of things than the others.
#include "diagnose_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using diagnose_testing::codes;
using diagnose_testing::diagnosed_claim;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(DifferentReferents, AdditionalCountsSomethingElse) {
  Finding f = diagnosed_claim("referents/rules.yaml", "vessels");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("different-referents"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("the quote from pledge says \"additional\""));
}

// The words in each language read, and a toll that has since risen; "more than" and words that
// merely contain one are not among them.
TEST(DifferentReferents, WordsOfEachLanguage) {
  Normaliser normaliser(nullptr, "USD");
  const DiagnoseContext context{normaliser, {}};
  auto referent = [&](std::string quote) {
    Finding f;
    f.status = Status::fail;
    f.kind = "agree";
    f.mentions.push_back({});
    f.mentions.back().source_id = "a";
    f.mentions.back().quote = "300 deaths";
    f.mentions.push_back({});
    f.mentions.back().source_id = "b";
    f.mentions.back().quote = std::move(quote);
    std::vector<Diagnosis> out;
    diagnose_different_referents(f, context, out);
    return out.empty() ? std::string() : out[0].message.substr(0, out[0].message.find(':'));
  };
  EXPECT_EQ(referent("the toll has climbed to 21,051"), "the quote from b says \"climbed to\"");
  EXPECT_EQ(referent("insgesamt 86 Milliarden Euro"), "the quote from b says \"insgesamt\"");
  EXPECT_EQ(referent("dont 3 000 blessés"), "the quote from b says \"dont\"");
  EXPECT_EQ(referent("thêm 1.200 người"), "the quote from b says \"thêm\"");
  EXPECT_EQ(referent("防衛費を合計43兆円"), "the quote from b says \"合計\"");
  EXPECT_EQ(referent("more than 300 deaths"), "");
  EXPECT_EQ(referent("the totally new 300 deaths"), "");
  EXPECT_EQ(referent("thêmx 300"), "");
}

}  // namespace
}  // namespace crosscheck
