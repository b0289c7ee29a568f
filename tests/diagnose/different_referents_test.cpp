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

}  // namespace
}  // namespace crosscheck
