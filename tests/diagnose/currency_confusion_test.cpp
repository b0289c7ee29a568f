// The currency-confusion diagnosis (fixtures/diagnose/currency-confusion/): S$ read as $, a bare $
// meant as S$, ¥ read as yuan; the diagnosis names the reading that agrees.
#include "diagnose_testing.h"

#include <gmock/gmock.h>

namespace crosscheck {
namespace {

using diagnose_testing::codes;
using diagnose_testing::diagnosed_claim;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(CurrencyConfusion, SingaporeDollarsReadAsUsDollars) {
  Finding f = diagnosed_claim("currency-confusion/rules.yaml", "port_deal");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("currency-confusion"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("if 'S$1.2 billion' is read in USD rather than SGD"));
}

TEST(CurrencyConfusion, BareDollarMeantAsSingaporeDollars) {
  Finding f = diagnosed_claim("currency-confusion/rules.yaml", "airport_deal");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("currency-confusion"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("if '$1.2 billion' is read in SGD rather than USD"));
  EXPECT_THAT(f.diagnosis[0].suggestion, HasSubstr("write the symbol as S$"));
}

TEST(CurrencyConfusion, YenSignMeantAsYuan) {
  Finding f = diagnosed_claim("currency-confusion/rules.yaml", "rail_deal");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_THAT(codes(f), ElementsAre("currency-confusion"));
  EXPECT_THAT(f.diagnosis[0].message, HasSubstr("if '¥50 billion' is read in CNY rather than JPY"));
}

}  // namespace
}  // namespace crosscheck
