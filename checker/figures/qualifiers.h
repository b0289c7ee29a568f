// Approximation words before (or, in Japanese, after) a figure, by SPEC §2 family.
#pragma once

#include "figures/figure.h"
#include "figures/lexicon.h"

#include <string_view>

namespace crosscheck::figures {

// Written before the figure, followed by a space (CJK ones may be glued).
struct QualifierWords : Lexicon<Qualifier> {
  QualifierWords() {
    for (const char* w : {"about", "around", "roughly", "approximately", "approx.", "some",
                          "an estimated", "circa", "khoảng", "chừng"})
      word(w, Qualifier::about);
    exact("約", Qualifier::about);
    for (const char* w : {"nearly", "almost", "close to", "just under", "gần", "gần như"})
      word(w, Qualifier::nearly);
    for (const char* w : {"more than", "over", "above", "exceeding", "upwards of", "hơn", "trên"})
      word(w, Qualifier::more_than);
    exact("超", Qualifier::more_than);
    for (const char* w : {"at least", "no less than", "not less than"}) word(w, Qualifier::at_least);
    for (const char* w : {"up to", "as much as", "as many as", "no more than", "a maximum of",
                          "tối đa"})
      word(w, Qualifier::up_to);
    for (const char* w : {"less than", "under", "below", "fewer than", "dưới"})
      word(w, Qualifier::less_than);
  }
};

// Verbs that take "over" as their particle: in "handed over 2 vessels" or "took over 30 bases"
// the word belongs to the verb and qualifies nothing.
inline constexpr std::string_view over_particle_verbs[] = {
    "hand",  "hands",  "handed",  "handing",  "take",   "takes",   "took",     "taken",
    "taking", "turn",  "turns",   "turned",   "turning", "sign",   "signs",    "signed",
    "signing", "pass", "passes",  "passed",   "passing", "win",    "wins",     "won",
    "winning", "carry", "carries", "carried", "carrying", "give",  "gives",    "gave",
    "given",  "giving"};

// Written after a Japanese figure: "286億円以上".
struct PostQualifiers : Lexicon<Qualifier> {
  PostQualifiers() {
    exact("程度", Qualifier::about);
    exact("近く", Qualifier::nearly);
    exact("超", Qualifier::more_than);
    exact("を超", Qualifier::more_than);    // "110兆円を超える", "を超えた": goes beyond
    exact("を上回", Qualifier::more_than);  // "を上回る": exceeds
    exact("余り", Qualifier::more_than);
    exact("以上", Qualifier::at_least);
    exact("限度", Qualifier::up_to);
    exact("以下", Qualifier::up_to);
    exact("未満", Qualifier::less_than);
  }
};

}  // namespace crosscheck::figures
