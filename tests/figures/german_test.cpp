// German figures: scale words and their abbreviations, currency names from CLDR after the amount,
// number words written as one word, ordinals with a point, approximation words.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;

TEST(German, ScaleWordsAndAbbreviations) {
  EXPECT_EQ(all("Der Bund gibt 4,7 Mrd. Euro aus.", "de"),
            "money 4,7 Mrd. Euro = 4700000000 [4650000000, 4750000000] EUR\n");
  EXPECT_EQ(all("Es fehlen 820 Millionen Franken.", "de"),
            "money 820 Millionen Franken = 820000000 [819500000, 820500000] CHF\n");
  EXPECT_EQ(all("ein Plus von 7 Tsd. Euro", "de"), "money 7 Tsd. Euro = 7000 [6500, 7500] EUR\n");
  EXPECT_EQ(all("15 Mio. Einwohner", "de"), "count 15 Mio. Einwohner = 15000000 [14500000, 15500000] resident noun=Einwohner\n");
  // "Billion" is 10^12 in German.
  EXPECT_EQ(all("2 Billionen Yen", "de"), "money 2 Billionen Yen = 2000000000000 [1500000000000, 2500000000000] JPY\n");
  // A word between the number and its scale: "einer weiteren Milliarde".
  EXPECT_EQ(all("mit einer weiteren Milliarde Pfund", "de"),
            "money einer weiteren Milliarde Pfund = 1000000000 [500000000, 1500000000] GBP\n");
}

TEST(German, CurrencyNamesAndSymbolsAfterTheAmount) {
  EXPECT_EQ(all("3,5 Milliarden US-Dollar", "de"),
            "money 3,5 Milliarden US-Dollar = 3500000000 [3450000000, 3550000000] USD\n");
  EXPECT_EQ(all("Ein Ticket kostet 12,49 €.", "de"), "money 12,49 € = 12.49 [12.485, 12.495] EUR\n");
  EXPECT_EQ(all("nur 199 Kč pro Nacht", "de"), "money 199 Kč = 199 [199, 199] CZK\n");
  EXPECT_EQ(all("45 Schweizer Franken", "de"), "money 45 Schweizer Franken = 45 [45, 45] CHF\n");
}

TEST(German, NumberWords) {
  EXPECT_EQ(all("Es kamen dreihundertzwölf Besucher.", "de"), "count dreihundertzwölf Besucher = 312 [312, 312] besucher noun=Besucher\n");
  EXPECT_EQ(all("zweiundvierzig Sitze", "de"), "count zweiundvierzig Sitze = 42 [42, 42] seat noun=Sitze\n");
  EXPECT_EQ(all("eine Milliarde Euro", "de"), "money eine Milliarde Euro = 1000000000 [500000000, 1500000000] EUR\n");
  EXPECT_EQ(all("Sie bekam die Hälfte.", "de"), "number die Hälfte = 0.5 [0.45, 0.55]\n");
  // "ein" alone is the article; words that begin with a number word are not numbers.
  EXPECT_EQ(all("Das ist ein Erfolg. Achtung, Zweifel und Einheit.", "de"), "");
}

TEST(German, LabelsAreNoFigures) {
  EXPECT_EQ(all("nach Artikel 5 und Nr. 12", "de"), "");
}

TEST(German, Durations) {
  EXPECT_EQ(all("ein Programm über drei Jahre", "de"), "duration drei Jahre = 3 [3, 3] year\n");
  EXPECT_EQ(all("nach einem Monat", "de"), "duration einem Monat = 1 [1, 1] month\n");
  EXPECT_EQ(all("in 14 Tagen", "de"), "duration 14 Tagen = 14 [14, 14] day\n");
}

TEST(German, Ordinals) {
  EXPECT_EQ(all("das dritte Paket und die ersten Schritte", "de"),
            "ordinal dritte = 3 [3, 3]\nordinal ersten = 1 [1, 1]\n");
  EXPECT_EQ(all("Der 4. Versuch scheiterte.", "de"), "ordinal 4. = 4 [4, 4]\n");
  EXPECT_EQ(all("zum 2. Mal", "de"), "ordinal 2. = 2 [2, 2]\n");
  // A number that ends a sentence is no ordinal.
  EXPECT_EQ(all("Die Zahl stieg auf 17. Danach sank sie.", "de"), "number 17 = 17 [17, 17]\n");
}

TEST(German, ApproximationWords) {
  EXPECT_EQ(all("rund 40 Euro", "de"), "money 40 Euro = 40 [38, 42] EUR (rund)\n");
  EXPECT_EQ(all("knapp 30 Prozent", "de"), "percent 30 Prozent = 30 [27, 30.5] % (knapp)\n");
  EXPECT_EQ(all("mehr als 12 Mrd. Euro", "de"),
            "money 12 Mrd. Euro = 12000000000 (12000000000, inf) EUR (mehr als)\n");
  EXPECT_EQ(all("bis zu 86 Milliarden Euro", "de"),
            "money 86 Milliarden Euro = 86000000000 [0, 86000000000] EUR (bis zu)\n");
  EXPECT_EQ(all("über 500 Euro", "de"), "money 500 Euro = 500 (500, inf) EUR (über)\n");
  EXPECT_EQ(all("weniger als 3 Prozentpunkte", "de"),
            "percentage-points 3 Prozentpunkte = 3 [0, 3) pp (weniger als)\n");
}

}  // namespace
}  // namespace crosscheck
