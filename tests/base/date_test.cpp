#include "base/date.h"
#include "base/diagnostic.h"
#include "base/edit_distance.h"

#include <gtest/gtest.h>

#include <array>

namespace crosscheck {
namespace {

TEST(Date, ParsesPartialIsoDates) {
  EXPECT_EQ(*parse_iso_date("2015-09-15"), (Date{2015, 9, 15}));
  EXPECT_EQ(*parse_iso_date("2015-09"), (Date{2015, 9, 0}));
  EXPECT_EQ(*parse_iso_date("2015"), (Date{2015, 0, 0}));
  EXPECT_FALSE(parse_iso_date("2015-02-29"));
  EXPECT_TRUE(parse_iso_date("2016-02-29"));
  EXPECT_FALSE(parse_iso_date("2015-13"));
  EXPECT_FALSE(parse_iso_date("15-09-2015"));
}

TEST(Date, DayNumbersRoundTrip) {
  EXPECT_EQ(day_number(1970, 1, 1), 0);
  EXPECT_EQ(day_number(2015, 9, 18) - day_number(2015, 9, 15), 3);
  EXPECT_EQ(date_from_day_number(day_number(2023, 11, 27)), (Date{2023, 11, 27}));
  EXPECT_EQ(weekday(day_number(2015, 9, 15)), 1);  // a Tuesday
  EXPECT_EQ(last_day(Date{2015, 9, 0}), (Date{2015, 9, 30}));
}

TEST(EditDistance, SuggestsNearKeysOnly) {
  std::array<std::string_view, 3> keys{"tolerance", "severity", "mentions"};
  EXPECT_EQ(edit_distance("tolerence", "tolerance"), 1u);
  EXPECT_EQ(nearest("tolerence", keys), "tolerance");
  EXPECT_FALSE(nearest("zzz", keys));
}

TEST(Diagnostic, FormatsLikeACompiler) {
  DiagnosticSink sink;
  sink.error({"rules/a.yaml", 3, 5}, "unknown key '{}'", "tolerence");
  sink.error({"rules/a.yaml", 0, 0}, "cannot read");
  ASSERT_EQ(sink.error_count(), 2u);
  EXPECT_EQ(to_string(sink.diagnostics()[0]), "rules/a.yaml:3:5: error: unknown key 'tolerence'");
  EXPECT_EQ(to_string(sink.diagnostics()[1]), "rules/a.yaml: error: cannot read");
}

}  // namespace
}  // namespace crosscheck
