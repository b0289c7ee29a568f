// French figures: scale words, currency names from CLDR after "de", number words from CLDR's
// spell-out rules, ordinals in words and digits, approximation words.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;

TEST(French, ScaleWordsAndCurrencyAfterDe) {
  EXPECT_EQ(all("un prêt de 42 milliards d'euros", "fr"),
            "money 42 milliards d'euros = 42000000000 [41500000000, 42500000000] EUR\n");
  EXPECT_EQ(all("750 millions de dollars", "fr"),
            "money 750 millions de dollars = 750000000 [749500000, 750500000] USD\n");
  EXPECT_EQ(all("5 Mds de francs suisses", "fr"),
            "money 5 Mds de francs suisses = 5000000000 [4500000000, 5500000000] CHF\n");
  EXPECT_EQ(all("18 Md€", "fr"), "money 18 Md€ = 18000000000 [17500000000, 18500000000] EUR\n");
  EXPECT_EQ(all("Dix autres milliards d’euros", "fr"),
            "money Dix autres milliards d’euros = 10000000000 [9500000000, 10500000000] EUR\n");
  // "billion" is 10^12 in French.
  EXPECT_EQ(all("2 billions d'euros", "fr"),
            "money 2 billions d'euros = 2000000000000 [1500000000000, 2500000000000] EUR\n");
}

TEST(French, SymbolsAfterTheAmountAndSpaceGroups) {
  EXPECT_EQ(all("Un billet coûte 12,49 €.", "fr"), "money 12,49 € = 12.49 [12.485, 12.495] EUR\n");
  EXPECT_EQ(all("soit 2 150,00 £", "fr"), "money 2 150,00 £ = 2150 [2149.995, 2150.005] GBP\n");
  EXPECT_EQ(all("une hausse de 3,2 %", "fr"), "percent 3,2 % = 3.2 [3.15, 3.25] %\n");
  EXPECT_EQ(all("7 pour cent", "fr"), "percent 7 pour cent = 7 [6.5, 7.5] %\n");
}

TEST(French, NumberWords) {
  EXPECT_EQ(all("il y a quatre-vingt-dix-sept ans", "fr"), "duration quatre-vingt-dix-sept ans = 97 [97, 97] year\n");
  EXPECT_EQ(all("il y a vingt et un ans", "fr"), "duration vingt et un ans = 21 [21, 21] year\n");
  EXPECT_EQ(all("quatre-vingt-dix-sept députés", "fr"), "count quatre-vingt-dix-sept députés = 97 [97, 97] lawmaker noun=députés\n");
  EXPECT_EQ(all("trois mille cinq cents euros", "fr"),
            "money trois mille cinq cents euros = 3500 [3500, 3500] EUR\n");
  EXPECT_EQ(all("un millier de personnes", "fr"), "number un millier = 1000 [500, 1500]\n");
  EXPECT_EQ(all("La moitié des voix", "fr"), "number La moitié = 0.5 [0.45, 0.55]\n");
  // "un", "une" alone are articles.
  EXPECT_EQ(all("Un accord, une réforme et un plan.", "fr"), "");
}

TEST(French, Durations) {
  EXPECT_EQ(all("un plan sur trois ans", "fr"), "duration trois ans = 3 [3, 3] year\n");
  EXPECT_EQ(all("pendant 18 mois", "fr"), "duration 18 mois = 18 [18, 18] month\n");
}

TEST(French, Ordinals) {
  EXPECT_EQ(all("la troisième tranche", "fr"), "ordinal troisième = 3 [3, 3]\n");
  EXPECT_EQ(all("un troisième plan", "fr"), "ordinal troisième = 3 [3, 3]\n");
  EXPECT_EQ(all("la première fois", "fr"), "ordinal première = 1 [1, 1]\n");
  EXPECT_EQ(all("le 2e versement et la 1re étape, 5ème rang", "fr"),
            "ordinal 2e = 2 [2, 2]\nordinal 1re = 1 [1, 1]\nordinal 5ème = 5 [5, 5]\n");
}

TEST(French, ApproximationWords) {
  EXPECT_EQ(all("environ 40 euros", "fr"), "money 40 euros = 40 [38, 42] EUR (environ)\n");
  EXPECT_EQ(all("près de 750 euros", "fr"), "money 750 euros = 750 [675, 750] EUR (près de)\n");
  EXPECT_EQ(all("plus de 20 millions d'euros", "fr"),
            "money 20 millions d'euros = 20000000 (20000000, inf) EUR (plus de)\n");
  EXPECT_EQ(all("au moins 18 euros", "fr"), "money 18 euros = 18 [18, inf) EUR (au moins)\n");
  EXPECT_EQ(all("jusqu'à 86 milliards d'euros", "fr"),
            "money 86 milliards d'euros = 86000000000 [0, 86000000000] EUR (jusqu'à)\n");
  EXPECT_EQ(all("moins de 5 %", "fr"), "percent 5 % = 5 [0, 5) % (moins de)\n");
}

}  // namespace
}  // namespace crosscheck
