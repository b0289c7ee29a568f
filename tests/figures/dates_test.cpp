// Dates, date ranges, years and durations.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Dates, MonthDay) {
  // 2015-09-15 is day 16693 since 1970-01-01; the year comes from the document date.
  EXPECT_EQ(all("on September 15 the leaders"), "date September 15 = 16693 [16693, 16693] date\n");
  EXPECT_EQ(all("on Nov. 27, 2023."), "date Nov. 27, 2023 = 19688 [19688, 19688] date\n");
  EXPECT_EQ(all("from September 15 to 18."), "date-range September 15 to 18 = 16693 [16693, 16696] date\n");
  EXPECT_EQ(all("on November 22-25"), "date-range November 22-25 = 16761 [16761, 16764] date\n");
  EXPECT_EQ(all("on 15 September 2015"), "date 15 September 2015 = 16693 [16693, 16693] date\n");
  EXPECT_EQ(all("September 28 to October 2"),
            "date-range September 28 to October 2 = 16706 [16706, 16710] date\n");
}

TEST(Dates, MonthYearYearIso) {
  EXPECT_EQ(all("in August 2014"), "date August 2014 = 16283 [16283, 16313] date\n");
  EXPECT_EQ(all("in 2015"), "year 2015 = 2015 [2015, 2015] year-ad\n");
  EXPECT_EQ(all("the 1990s"), "year 1990s = 1990 [1990, 1999] year-ad\n");
  EXPECT_EQ(literal("'2015-09-15'"), "date 2015-09-15 = 16693 [16693, 16693] date");
  EXPECT_EQ(literal("2015-02-30"), "(none)");
}

TEST(Dates, YearUnknown) {
  auto figures = extract_figures("on September 15");
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].assumption, "year unknown");
  EXPECT_FALSE(figures[0].interval.bounded());
}

TEST(Dates, NumericByLanguage) {
  // Day first outside the United States; month first in US English; the other order when only it
  // makes a date.
  EXPECT_EQ(all("signed on 14/2/2019 in"), "date 14/2/2019 = 17941 [17941, 17941] date\n");
  EXPECT_EQ(all("on 16/1/2017."), "date 16/1/2017 = 17182 [17182, 17182] date\n");
  EXPECT_EQ(all("due 03-11-2021 at"), "date 03-11-2021 = 18934 [18934, 18934] date\n");
  EXPECT_EQ(all("due 03-11-2021 at", "en-US"), "date 03-11-2021 = 18697 [18697, 18697] date\n");
  EXPECT_EQ(all("by 6/30/2021"), "date 6/30/2021 = 18808 [18808, 18808] date\n");
  EXPECT_EQ(all("am 3.11.2021 unterzeichnet", "de"), "date 3.11.2021 = 18934 [18934, 18934] date\n");
  EXPECT_EQ(all("filed 2021/6/30"), "date 2021/6/30 = 18808 [18808, 18808] date\n");
  EXPECT_EQ(all("on 22/7/2019", "vi"), "date 22/7/2019 = 18099 [18099, 18099] date\n");
  EXPECT_EQ(all("on 31/31/2019").find("date"), std::string::npos);
  // A fraction or a score has no year: not a date.
  EXPECT_EQ(all("a 3/4 majority").find("date"), std::string::npos);
}

TEST(Dates, Vietnamese) {
  EXPECT_EQ(all("vào ngày 15/8 tới", "vi"), "date ngày 15/8 = 16662 [16662, 16662] date\n");
  EXPECT_EQ(all("ngày 2/8/2015,", "vi"), "date ngày 2/8/2015 = 16649 [16649, 16649] date\n");
  EXPECT_EQ(all("Ngày 9 tháng 4 năm 2015", "vi"),
            "date Ngày 9 tháng 4 năm 2015 = 16534 [16534, 16534] date\n");
  EXPECT_EQ(all("trong tháng 12/2024 vừa qua", "vi"), "date tháng 12/2024 = 20058 [20058, 20088] date\n");
  EXPECT_EQ(all("tháng 10 năm 2025", "vi"), "date tháng 10 năm 2025 = 20362 [20362, 20392] date\n");
  EXPECT_EQ(all("đến tháng 12 này", "vi"), "date tháng 12 = 16770 [16770, 16800] date\n");
  EXPECT_EQ(all("hôm 15.8 vừa qua", "vi"), "date 15.8 = 16662 [16662, 16662] date\n");
  // A day and month with a slash and no word before them: "Sáng 19/12" (the morning of 19 December).
  EXPECT_EQ(all("Sáng 15/8, đoàn đã tới", "vi"), "date 15/8 = 16662 [16662, 16662] date\n");
  EXPECT_EQ(all("tối 31/1 và sáng 2/2", "vi").find("number"), std::string::npos);
  // A pair that reads as a fraction stays one; a day past 31 is no date.
  EXPECT_EQ(all("khoảng 3/4 dân số", "vi").find("date"), std::string::npos);
  EXPECT_EQ(all("tỷ số 32/12", "vi").find("date"), std::string::npos);
  // Only Vietnamese reads a bare day/month so: in English "19/12" stays no date.
  EXPECT_EQ(all("On 19/12 three flights landed").find("date"), std::string::npos);
}

TEST(Dates, GermanAndFrench) {
  EXPECT_EQ(all("am 3. März 2021 in Berlin", "de"), "date 3. März 2021 = 18689 [18689, 18689] date\n");
  EXPECT_EQ(all("vom 3. bis 5. März 2021", "de"), "date-range 3. bis 5. März 2021 = 18689 [18689, 18691] date\n");
  EXPECT_EQ(all("im Dezember 2015", "de"), "date Dezember 2015 = 16770 [16770, 16800] date\n");
  EXPECT_EQ(all("le 3 mars 2021 à Paris", "fr"), "date 3 mars 2021 = 18689 [18689, 18689] date\n");
  EXPECT_EQ(all("le 1er janvier 2021", "fr"), "date 1er janvier 2021 = 18628 [18628, 18628] date\n");
  EXPECT_EQ(all("du 3 au 5 mars 2021", "fr"), "date-range 3 au 5 mars 2021 = 18689 [18689, 18691] date\n");
  EXPECT_EQ(all("en décembre 2015", "fr"), "date décembre 2015 = 16770 [16770, 16800] date\n");
  EXPECT_EQ(all("le 9 avr. 2015", "fr"), "date 9 avr. 2015 = 16534 [16534, 16534] date\n");
}

TEST(Dates, BetweenTwoDates) {
  EXPECT_EQ(all("between 3 May and 9 June the"), "date-range between 3 May and 9 June = 16558 [16558, 16595] date\n");
  EXPECT_EQ(all("between May 3 and June 9, 2015"),
            "date-range between May 3 and June 9, 2015 = 16558 [16558, 16595] date\n");
  EXPECT_EQ(all("from 3 May to 9 June"), "date-range 3 May to 9 June = 16558 [16558, 16595] date\n");
  // Without "between", "and" joins two dates.
  EXPECT_EQ(all("on 3 May and 9 June"),
            "date 3 May = 16558 [16558, 16558] date\ndate 9 June = 16595 [16595, 16595] date\n");
}

TEST(Dates, YearSpans) {
  EXPECT_EQ(all("in 2019-20 the"), "year 2019-20 = 2019 [2019, 2020] year-ad\n");
  EXPECT_EQ(all("for FY2021-22,"), "year FY2021-22 = 2021 [2021, 2022] year-ad\n");
  EXPECT_EQ(all("from 1,210 in FY 2019-20 to 1,380"),
            "number 1,210 = 1210 [1210, 1210]\nyear FY 2019-20 = 2019 [2019, 2020] year-ad\n"
            "number 1,380 = 1380 [1380, 1380]\n");
  EXPECT_EQ(all("in fiscal 2023"), "year fiscal 2023 = 2023 [2023, 2023] year-ad\n");
  EXPECT_EQ(all("the 2011–2015 plan"), "year 2011–2015 = 2011 [2011, 2015] year-ad\n");
  EXPECT_EQ(all("over 1999/00"), "year 1999/00 = 1999 [1999, 2000] year-ad\n");
  EXPECT_EQ(all("in FY17 results"), "year FY17 = 2017 [2017, 2017] year-ad\n");
  // A later year first is no span.
  EXPECT_EQ(all("2015-09 data").find("2015-09 ="), std::string::npos);
}

TEST(Dates, JapaneseEras) {
  EXPECT_EQ(all("令和3年6月30日に", "ja"), "date 令和3年6月30日 = 18808 [18808, 18808] date\n");
  EXPECT_EQ(all("令和3年度", "ja"), "year 令和3年度 = 2021 [2021, 2021] year-ad\n");
  EXPECT_EQ(all("平成元年に", "ja"), "year 平成元年 = 1989 [1989, 1989] year-ad\n");
}

// The figures of a text dated `published`.
std::string dated(std::string_view text, std::string_view language, Date published) {
  ExtractOptions options;
  options.language = std::string(language);
  options.document_date = published;
  return testing::describe_all(extract_figures(text, options));
}

TEST(Dates, MonthAloneAfterAWordOfTime) {
  // The year nearest the document's date (September 2015): July is July 2015.
  EXPECT_EQ(all("approved by July, it"), "date July = 16617 [16617, 16647] date\n");
  EXPECT_EQ(all("since October the"), "date October = 16709 [16709, 16739] date\n");
  EXPECT_EQ(all("until early April"), "date April = 16526 [16526, 16555] date\n");
  // A December article's "March" is next March; "December" in January is last December.
  EXPECT_EQ(dated("the year from April", "en", {2022, 12, 23}), "date April = 19448 [19448, 19477] date\n");
  EXPECT_EQ(dated("by the end of March.", "en", {2022, 12, 23}), "date March = 19417 [19417, 19447] date\n");
  EXPECT_EQ(dated("sales in December fell", "en", {2023, 1, 5}), "date December = 19327 [19327, 19357] date\n");
  EXPECT_EQ(dated("bis Ende März", "de", {2022, 12, 23}), "date März = 19417 [19417, 19447] date\n");
  EXPECT_EQ(dated("depuis avril", "fr", {2023, 6, 1}), "date avril = 19448 [19448, 19477] date\n");
  EXPECT_EQ(dated("à partir d'avril", "fr", {2023, 6, 1}), "date avril = 19448 [19448, 19477] date\n");
  // A name or a verb is no date: no word of time before it.
  EXPECT_EQ(all("Theresa May said"), "");
  EXPECT_EQ(all("May I add"), "");
  EXPECT_EQ(all("the August heat"), "");
}

TEST(Dates, JapaneseFiscalYearsAndDaysAlone) {
  EXPECT_EQ(all("2023年度予算", "ja"), "year 2023年度 = 2023 [2023, 2023] year-ad\n");
  EXPECT_EQ(all("22年度当初予算", "ja"), "year 22年度 = 2022 [2022, 2022] year-ad\n");
  EXPECT_EQ(all("令和5年度の", "ja"), "year 令和5年度 = 2023 [2023, 2023] year-ad\n");
  EXPECT_EQ(dated("22年12月に", "ja", {2023, 1, 10}), "date 22年12月 = 19327 [19327, 19357] date\n");
  // A day alone is the nearest such day to the document's date.
  EXPECT_EQ(dated("政府は23日に閣議決定した", "ja", {2022, 12, 24}), "date 23日 = 19349 [19349, 19349] date\n");
  EXPECT_EQ(dated("30日に発表", "ja", {2023, 1, 2}), "date 30日 = 19356 [19356, 19356] date\n");
  EXPECT_EQ(dated("4月から", "ja", {2022, 12, 24}), "date 4月 = 19448 [19448, 19477] date\n");
  // Days counted, a day in order, per day: no dates.
  EXPECT_EQ(dated("23日間の会期", "ja", {2022, 12, 24}).find("date"), std::string::npos);
  EXPECT_EQ(dated("3日目に", "ja", {2022, 12, 24}).find("date"), std::string::npos);
  EXPECT_EQ(dated("1日当たり", "ja", {2022, 12, 24}).find("date"), std::string::npos);
  EXPECT_EQ(dated("3カ月", "ja", {2022, 12, 24}).find("date"), std::string::npos);
}

TEST(Dates, VietnameseSpanOfYears) {
  EXPECT_EQ(all("giai đoạn từ 2020 đến 2025,", "vi"), "year từ 2020 đến 2025 = 2020 [2020, 2025] year-ad\n");
  EXPECT_EQ(all("Từ 2016 tới 2018", "vi"), "year Từ 2016 tới 2018 = 2016 [2016, 2018] year-ad\n");
}

TEST(Durations, Forms) {
  EXPECT_EQ(all("the four-day trip"), "duration four-day = 4 [4, 4] day\n");
  EXPECT_EQ(all("its two-decade long relationship"), "duration two-decade = 2 [2, 2] decade\n");
  EXPECT_EQ(all("over the next five years"), "duration five years = 5 [5, 5] year\n");
  EXPECT_EQ(all("18 months"), "duration 18 months = 18 [18, 18] month\n");
  EXPECT_EQ(all("repaid over 30 years"), "duration 30 years = 30 [30, 30] year\n");
}

}  // namespace
}  // namespace crosscheck
