// Money: symbols, codes and words before or after the amount; parenthetical pairs.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Money, SymbolsAndCodes) {
  EXPECT_EQ(literal("US$18.8 million"), "money US$18.8 million = 18800000 [18750000, 18850000] USD");
  EXPECT_EQ(literal("S$1.2 billion"), "money S$1.2 billion = 1200000000 [1150000000, 1250000000] SGD");
  EXPECT_EQ(literal("A$5m"), "money A$5m = 5000000 [4500000, 5500000] AUD");
  EXPECT_EQ(literal("¥120 billion"),
            "money ¥120 billion = 120000000000 [119500000000, 120500000000] JPY");
  EXPECT_EQ(literal("JPY2 billion"), "money JPY2 billion = 2000000000 [1500000000, 2500000000] JPY");
  EXPECT_EQ(literal("€3bn"), "money €3bn = 3000000000 [2500000000, 3500000000] EUR");
  EXPECT_EQ(literal("£40m"), "money £40m = 40000000 [39500000, 40500000] GBP");
  EXPECT_EQ(literal("VND 5 trillion"),
            "money VND 5 trillion = 5000000000000 [4500000000000, 5500000000000] VND");
  EXPECT_EQ(literal("5 trillion dong"),
            "money 5 trillion dong = 5000000000000 [4500000000000, 5500000000000] VND");
  EXPECT_EQ(literal("$50 billion"), "money $50 billion = 50000000000 [49500000000, 50500000000] USD");
}

// Every ISO code ICU knows, glued to the digits; CLDR's symbols with a sign in them before the
// amount. Letter symbols and spaced codes that spell words are not taken.
TEST(Money, CodesAndSymbolsFromCldr) {
  EXPECT_EQ(all("paid UAH3.04 each"), "money UAH3.04 = 3.04 [3.035, 3.045] UAH\n");
  EXPECT_EQ(all("a fee of 250KZT was"), "money 250KZT = 250 [250, 250] KZT\n");
  EXPECT_NE(all("about ₺2 billion in").find("TRY"), std::string::npos);
  EXPECT_EQ(all("R$ 5 and ₪40"), "money R$ 5 = 5 [5, 5] BRL\nmoney ₪40 = 40 [40, 40] ILS\n");
  // The hand-written readings stand: C$ is the Canadian dollar (CLDR also gives it to Nicaragua).
  EXPECT_EQ(all("C$5 more"), "money C$5 = 5 [5, 5] CAD\n");
  EXPECT_EQ(all("Le 5 mars").find("money"), std::string::npos);
  EXPECT_EQ(all("TOP 10 lists").find("money"), std::string::npos);
}

// Cents after an amount: glued "c" is the written shorthand ("$7 and 15c"), and pence after pounds.
TEST(Money, CentsAndSigns) {
  EXPECT_EQ(all("paid $7 and 15c each"), "money $7 and 15c = 7.15 [7.15, 7.15] USD\n");
  EXPECT_EQ(all("12 euros 5c"), "money 12 euros 5c = 12.05 [12.05, 12.05] EUR\n");
  EXPECT_EQ(all("9 GBP 40 pence"), "money 9 GBP 40 pence = 9.4 [9.4, 9.4] GBP\n");
  EXPECT_EQ(all("costs 35¢ now"), "money 35¢ = 0.35 [0.35, 0.35] USD\n");
  EXPECT_EQ(all("a bill of 250Rs"), "money 250Rs = 250 [250, 250] INR\n");
  // The dollar sign a space after the amount, where no amount follows it.
  EXPECT_EQ(all("10 $ is not much"), "money 10 $ = 10 [10, 10] USD\n");
  EXPECT_EQ(all("paid 10 $30 later"), "number 10 = 10 [10, 10]\nmoney $30 = 30 [30, 30] USD\n");
  // Without a currency before, "c" is no cent: "5c" is a grade or a temperature.
  EXPECT_EQ(all("grade 5 and 15c").find("money"), std::string::npos);
}

// The minor unit of whichever currency came first ("sen", "kopiykas", "paise"), and the minor
// amount without its unit where it closes the clause: "$20 43", "twenty dollars and 43".
TEST(Money, MinorUnits) {
  EXPECT_EQ(all("20 ringgit and 43 sen"), "money 20 ringgit and 43 sen = 20.43 [20.43, 20.43] MYR\n");
  EXPECT_EQ(all("5 rupees 50 paise"), "money 5 rupees 50 paise = 5.5 [5.5, 5.5] INR\n");
  EXPECT_EQ(all("3 UAH 4 kopiykas"), "money 3 UAH 4 kopiykas = 3.04 [3.04, 3.04] UAH\n");
  EXPECT_EQ(all("$20 43"), "money $20 43 = 20.43 [20.43, 20.43] USD\n");
  EXPECT_EQ(all("it was twenty dollars and 43."), "money twenty dollars and 43 = 20.43 [20.43, 20.43] USD\n");
  EXPECT_EQ(all("US$3 and fourteen"), "money US$3 and fourteen = 3.14 [3.14, 3.14] USD\n");
  EXPECT_EQ(all("It costs 15 dollars and 50."), "money 15 dollars and 50 = 15.5 [15.5, 15.5] USD\n");
  // After a sign and "and", digits on both sides are as often a list of prices.
  EXPECT_EQ(all("Tickets cost $5 and 10."), "money $5 = 5 [5, 5] USD\nnumber 10 = 10 [10, 10]\n");
  // Before more words it is a figure of its own; after a scale word or a decimal, no cents.
  EXPECT_EQ(all("$20 43 times"), "money $20 = 20 [20, 20] USD\nnumber 43 = 43 [43, 43]\n");
  EXPECT_EQ(all("$2.5 million 43."),
            "money $2.5 million = 2500000 [2450000, 2550000] USD\nnumber 43 = 43 [43, 43]\n");
  EXPECT_EQ(all("$7.50 25.").find("7.75"), std::string::npos);
}

// "a dollar": one of a currency where the clause ends or a rate or a comparison follows; before a
// noun the currency names the noun's kind ("a dollar bond", "a euro zone country").
TEST(Money, ArticleForOne) {
  EXPECT_EQ(all("a dollar"), "money a dollar = 1 [1, 1] USD\n");
  EXPECT_EQ(all("It costs a dollar a day."), "money a dollar = 1 [1, 1] USD\n");
  EXPECT_EQ(all("barely a euro more"), "money a euro = 1 [1, 1] EUR\n");
  EXPECT_EQ(all("a dollar bond and a euro zone country"), "");
  EXPECT_EQ(all("he has a yen for travel"), "");
  EXPECT_EQ(all("a dollar-denominated loan"), "");
}

// An ISO code a space before an amount as money writes it (a decimal, groups, a scale word); before
// a small whole number capitals are as often a word ("TOP 10").
TEST(Money, SpacedCodeBefore) {
  EXPECT_EQ(all("UAH 3.04"), "money UAH 3.04 = 3.04 [3.035, 3.045] UAH\n");
  EXPECT_EQ(all("a fee of KES 1,500"), "money KES 1,500 = 1500 [1500, 1500] KES\n");
  EXPECT_EQ(all("AMD 5 million"), "money AMD 5 million = 5000000 [4500000, 5500000] AMD\n");
  EXPECT_EQ(all("TOP 10 hits").find("money"), std::string::npos);
  EXPECT_EQ(all("ALL 3 MEN").find("money"), std::string::npos);
}

// CLDR's currency names in lower case, a dollar's code glued to its sign, a scale word after a
// code, and finance's millions written "M" and the code ("30 MUSD", "MEUR 120").
TEST(Money, CodesNamesAndMillions) {
  EXPECT_EQ(all("10 turkish lira"), "money 10 turkish lira = 10 [10, 10] TRY\n");
  EXPECT_EQ(all("100 chinese yuan"), "money 100 chinese yuan = 100 [100, 100] CNY\n");
  EXPECT_EQ(all("mxn$ 15"), "money mxn$ 15 = 15 [15, 15] MXN\n");
  EXPECT_EQ(all("NZD$15"), "money NZD$15 = 15 [15, 15] NZD\n");
  EXPECT_EQ(all("They lost 75 USD million in"), "money 75 USD million = 75000000 [74500000, 75500000] USD\n");
  EXPECT_EQ(all("an increase to 120 MEUR"), "money 120 MEUR = 120000000 [119500000, 120500000] EUR\n");
  EXPECT_EQ(all("about MAUD 60"), "money MAUD 60 = 60000000 [57000000, 63000000] AUD (about)\n");
  EXPECT_EQ(all("totalling twenty MUSD"), "money twenty MUSD = 20000000 [19500000, 20500000] USD\n");
  // Capitals with a word after them are as often a word ("5 MALL stores"), as for the codes.
  EXPECT_EQ(all("5 MALL stores").find("money"), std::string::npos);
  // A name must end where the word ends: "liras" is no "lira", and leaves no currency behind.
  EXPECT_EQ(all("10 Turkish liras"), "number 10 = 10 [10, 10]\n");
  EXPECT_EQ(all("a quarter million us dollars"),
            "money a quarter million us dollars = 250000 [245000, 255000] USD\n");
}

// CLDR's currency symbols of letters, glued before the digits: "Rp5,000", "Ksh500"; in capitals
// ("RM") with two digits or more, as "MK2" and "CF6" name models.
TEST(Money, LetterSymbolsBefore) {
  EXPECT_EQ(all("RM42"), "money RM42 = 42 [42, 42] MYR\n");
  EXPECT_EQ(all("RM4.5 million"), "money RM4.5 million = 4500000 [4450000, 4550000] MYR\n");
  EXPECT_EQ(all("Rp5,000"), "money Rp5,000 = 5000 [5000, 5000] IDR\n");
  EXPECT_EQ(all("Ksh500 a month"), "money Ksh500 = 500 [500, 500] KES\n");
  EXPECT_EQ(all("the MK2 Golf and a CF6 engine"), "");
  EXPECT_EQ(all("the CF6-80 engine").find("money"), std::string::npos);
}

// A trillion after a currency, as "m" and "b" are millions and billions: "$2.1T", "€4trn".
TEST(Money, TrillionSuffixes) {
  EXPECT_EQ(literal("$3.5T"), "money $3.5T = 3500000000000 [3450000000000, 3550000000000] USD");
  EXPECT_EQ(literal("€4trn"), "money €4trn = 4000000000000 [3500000000000, 4500000000000] EUR");
  // Without one, "t" is tonnes.
  EXPECT_EQ(all("5t trucks").find("000000000"), std::string::npos);
}

// Every ISO code after the amount, a space apart, and the English names CLDR gives currencies.
TEST(Money, SpacedCodesAndEnglishNames) {
  EXPECT_EQ(all("fined 42 KWD"), "money 42 KWD = 42 [42, 42] KWD\n");
  EXPECT_EQ(all("rose to 7.5 UAH"), "money 7.5 UAH = 7.5 [7.45, 7.55] UAH\n");
  EXPECT_EQ(all("15 Kuwaiti dinars"), "money 15 Kuwaiti dinars = 15 [15, 15] KWD\n");
  EXPECT_EQ(all("300 Qatari riyals"), "money 300 Qatari riyals = 300 [300, 300] QAR\n");
  // A code must be the whole word, and a space apart it ends its clause: "3 TOP marks" is none.
  EXPECT_EQ(all("3 KWDX").find("money"), std::string::npos);
  EXPECT_EQ(all("gave 3 TOP marks").find("money"), std::string::npos);
}

TEST(Money, HyphenatedScaleWord) {
  EXPECT_EQ(all("a $1.2-billion deal"),
            "money $1.2-billion = 1200000000 [1150000000, 1250000000] USD\n");
}

TEST(Money, HyphenatedScaleSuffix) {
  EXPECT_EQ(all("a $750-m loan"), "money $750-m = 750000000 [749500000, 750500000] USD\n");
  EXPECT_EQ(all("the £12-b plan"), "money £12-b = 12000000000 [11500000000, 12500000000] GBP\n");
  // Without a currency "-m" is no scale: "a 100-m sprint".
  EXPECT_EQ(all("a 100-m race").find("100000000"), std::string::npos);
}

TEST(Money, AmbiguousSymbolsFollowTheOptions) {
  ExtractOptions options;
  options.dollar = "SGD";
  auto figure = parse_figure_literal("$5", options);
  ASSERT_TRUE(figure);
  EXPECT_EQ(figure->unit, "SGD");
  EXPECT_EQ(figure->assumption, "$ read as SGD");
  auto yen = parse_figure_literal("¥5");
  ASSERT_TRUE(yen);
  EXPECT_EQ(yen->assumption, "¥ read as JPY");
  EXPECT_EQ(parse_figure_literal("US$5")->assumption, "");
}

TEST(Money, ParentheticalPairs) {
  EXPECT_EQ(all("a grant of JPY2 billion (US$18.8 million) for"),
            "money JPY2 billion = 2000000000 [1500000000, 2500000000] JPY pair=1\n"
            "money US$18.8 million = 18800000 [18750000, 18850000] USD pair=0\n");
  EXPECT_EQ(all("100 billion yen (about $835 million)"),
            "money 100 billion yen = 100000000000 [99500000000, 100500000000] JPY pair=1\n"
            "money $835 million = 835000000 [793250000, 876750000] USD (about) pair=0\n");
  // Opened by the language's word for "equivalent to", closed after a remark with no amount.
  EXPECT_NE(all("VND 336,630 billion (equivalent to USD 16.03 billion, at the 2014 price)").find("USD pair=0"),
            std::string::npos);
  EXPECT_NE(all("40 tỷ đồng (tương đương khoảng 1,7 triệu USD)", "vi").find("USD (khoảng) pair=0"), std::string::npos);
  EXPECT_NE(all("1,2 milliard d'euros (soit 1,3 milliard de dollars)", "fr").find("pair=0"), std::string::npos);
  EXPECT_NE(all("2 Milliarden Euro (umgerechnet 2,2 Milliarden Dollar)", "de").find("pair=0"), std::string::npos);
  // Another amount in the remark, or other words before the second figure: no pair.
  EXPECT_EQ(all("$5 million (up from $4 million, or €3 million)").find("pair"), std::string::npos);
  EXPECT_EQ(all("€5 million (the budget said $6 million)").find("pair"), std::string::npos);
  // Not parenthetical: no pair.
  EXPECT_EQ(all("100 billion yen and $835 million"),
            "money 100 billion yen = 100000000000 [99500000000, 100500000000] JPY\n"
            "money $835 million = 835000000 [834500000, 835500000] USD\n");
}

// Figures are handed on a few hundred at a time while a text is read: a pair, and a remark that
// looks past it for another amount, read wherever they fall among them.
TEST(Money, ParentheticalPairsDeepInALongText) {
  for (std::size_t lead = 240; lead < 280; ++lead) {
    std::string text;
    for (std::size_t i = 0; i < lead; ++i) text += "7; ";
    text += "VND 336,630 billion (equivalent to USD 16.03 billion, at the 2014 and 2015 prices, 1 and 2) 8;\n"
            "VND 5 billion (USD 220,000, at 2014 prices, 1, 2, 3 or €0.2 million) 9;\n"
            "€4 million (£3 million, 5 and 6) 9";
    const std::vector<Figure> figures = extract_figures(text);
    ASSERT_EQ(figures.size(), lead + 20) << lead;
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const Figure& f = figures[i];
      std::optional<std::size_t> partner;
      if (i == lead || i == lead + 15) partner = i + 1;
      if (i == lead + 1 || i == lead + 16) partner = i - 1;
      EXPECT_EQ(f.pair, partner) << "lead " << lead << ", figure " << i << ": " << testing::describe(f);
    }
  }
}

TEST(Money, OtherScripts) {
  EXPECT_EQ(literal("286億円"), "money 286億円 = 28600000000 [28550000000, 28650000000] JPY");
  EXPECT_EQ(literal("1000億円"), "money 1000億円 = 100000000000 [99950000000, 100050000000] JPY");
  EXPECT_EQ(literal("2兆円"), "money 2兆円 = 2000000000000 [1500000000000, 2500000000000] JPY");
  EXPECT_EQ(literal("5万"), "number 5万 = 50000 [45000, 55000]");
  EXPECT_EQ(literal("100 tỷ yên", "vi"),
            "money 100 tỷ yên = 100000000000 [99500000000, 100500000000] JPY");
  EXPECT_EQ(literal("2 triệu USD", "vi"), "money 2 triệu USD = 2000000 [1500000, 2500000] USD");
  EXPECT_EQ(literal("5 nghìn", "vi"), "number 5 nghìn = 5000 [4500, 5500]");
  EXPECT_EQ(all("総額286億円以上の"),
            "money 286億円以上 = 28600000000 [28600000000, inf) JPY (以上)\n");
  EXPECT_EQ(all("約286億円を"),
            "money 286億円 = 28600000000 [27170000000, 30030000000] JPY (約)\n");
}

}  // namespace
}  // namespace crosscheck
