// A quote with "additional", "another", "total"... may count a different set of things than the
// others, so a mismatch need not be an error of fact.
#include "diagnose/diagnosis_table.h"

#include "base/ascii.h"

#include <fmt/format.h>

#include <array>
#include <cctype>

namespace crosscheck {

namespace {

// Words that say a figure counts something else or at another time: an addition, a part, a
// total, or a toll that has since risen. In each language the checker reads; a quote is looked
// up in all of them, as the words of one are not words of another.
constexpr std::array kReferentWords = std::to_array<std::string_view>({
    // English
    "additional", "another", "more", "total", "including", "so far", "in all", "altogether", "further",
    "extra", "combined", "cumulative", "rose to", "risen to", "climbed to", "jumped to", "increased to",
    // German
    "weitere", "weiteren", "zusätzlich", "zusätzliche", "zusätzlichen", "insgesamt", "bisher",
    "einschließlich", "darunter", "stieg auf", "gestiegen auf",
    // French
    "supplémentaire", "supplémentaires", "au total", "y compris", "dont", "jusqu'ici", "jusqu'à présent",
    "est passé à", "s'élève désormais à",
    // Vietnamese
    "thêm", "tổng cộng", "bao gồm", "trong đó", "tăng lên",
    // Japanese (no spaces between words: only words that stand alone in compounds)
    "追加", "合計", "累計", "総計", "含め",
});

// Whole-word search of a phrase, case-insensitive in ASCII (`lowered` is `text` with A-Z lowered,
// made once per quote rather than once per byte and word). Letters beyond ASCII are parts of
// words ("thêm" is not inside "thêmx"); Japanese has no spaces, so its words need no boundary.
bool contains_word(std::string_view text, std::string_view lowered, std::string_view word) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; };
  const bool unspaced = static_cast<unsigned char>(word[0]) >= 0xE3;  // kana and ideographs
  for (std::size_t i = lowered.find(word); i != std::string_view::npos; i = lowered.find(word, i + 1)) {
    bool starts = unspaced || i == 0 || !is_word(text[i - 1]);
    bool ends = unspaced || i + word.size() == text.size() || !is_word(text[i + word.size()]);
    // "more than" is an approximation word (SPEC §2), not a different referent.
    bool qualifier = word == "more" && text.substr(i + word.size(), 5) == " than";
    if (starts && ends && !qualifier) return true;
  }
  return false;
}

}  // namespace

void diagnose_different_referents(const Finding& finding, const DiagnoseContext&,
                                  std::vector<Diagnosis>& out) {
  // A sum statement's quote says "including" by definition: its parts are meant to differ.
  if (finding.status != Status::fail || finding.kind == "sum-statement") return;
  for (const MentionReport& m : finding.mentions) {
    const std::string lowered = ascii_lower(m.quote);
    for (std::string_view word : kReferentWords) {
      if (!contains_word(m.quote, lowered, word)) continue;
      out.push_back({"different-referents",
                     fmt::format("the quote from {} says \"{}\": the figures may count different "
                                 "things (an addition, a part or a total) rather than contradict",
                                 m.source_id, word),
                     "if they count different things, make them separate claims and relate them "
                     "with an expect check"});
      return;  // one hint per finding is enough to point the editor at it
    }
  }
}

}  // namespace crosscheck
