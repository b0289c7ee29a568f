#include "figures/figure_builder.h"
#include "figures/languages/language.h"

namespace crosscheck::figures {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// What may stand between the opening parenthesis and the second figure: nothing, or one of the
// language's words for "equivalent to" (with white space around it).
bool only_lead_in(std::string_view between, const LanguageTables* tables) {
  std::size_t i = 0;
  while (i < between.size() && is_space(between[i])) ++i;
  if (i == between.size()) return true;
  if (!tables) return false;
  std::string_view rest = between.substr(i);
  while (!rest.empty() && is_space(rest.back())) rest.remove_suffix(1);
  for (const std::string& word : tables->equivalent_words)
    if (rest == word) return true;
  return false;
}

}  // namespace

PairDecision decide_pair(const std::vector<Figure>& figures, std::size_t i, std::string_view text,
                         const LanguageTables* tables, bool complete) {
  const Figure& a = figures[i];
  const Figure& b = figures[i + 1];
  if (a.kind != FigureKind::money || b.kind != FigureKind::money) return PairDecision::no;
  // Between them: white space, an opening parenthesis and at most a word for "equivalent to"
  // (b's approximation words lie inside its qualifier span): "100 billion yen ($835 million)",
  // "(about US$18.8 million)", "(tương đương khoảng 16 tỷ USD)".
  std::size_t b_start = b.qualifier_span.empty() ? b.span.begin : b.qualifier_span.begin;
  if (b_start < a.span.end) return PairDecision::no;
  std::string_view between = text.substr(a.span.end, b_start - a.span.end);
  const std::size_t open = between.find('(');
  if (open == std::string_view::npos || between.find('(', open + 1) != std::string_view::npos)
    return PairDecision::no;
  for (char c : between.substr(0, open))
    if (!is_space(c)) return PairDecision::no;
  if (!only_lead_in(between.substr(open + 1), tables)) return PairDecision::no;
  // After b: the closing parenthesis, or a comma and a short remark before it (", applying the
  // unit price of 2014)"), with no other amount or parenthesis in between.
  std::size_t k = b.span.end;
  while (k < text.size() && is_space(text[k])) ++k;
  if (k < text.size() && (text[k] == ',' || text[k] == ';')) {
    const std::size_t limit = std::min(text.size(), k + 160);
    std::size_t next_money = text.size();
    std::size_t j = i + 2;
    for (; j < figures.size() && figures[j].span.begin < limit; ++j)
      if (figures[j].kind == FigureKind::money) {
        next_money = figures[j].span.begin;
        break;
      }
    // The list ended inside the remark: a figure read later may end it.
    if (j == figures.size() && !complete) return PairDecision::undecided;
    while (k < limit && k < next_money && text[k] != ')' && text[k] != '(' && text[k] != '\n') ++k;
  }
  return k < text.size() && text[k] == ')' ? PairDecision::yes : PairDecision::no;
}

void link_pairs(std::vector<Figure>& figures, std::string_view text, std::string_view language) {
  const LanguageTables* tables = language.empty() ? nullptr : language_tables(language);
  for (std::size_t i = 0; i + 1 < figures.size(); ++i) {
    if (decide_pair(figures, i, text, tables, true) != PairDecision::yes) continue;
    figures[i].pair = i + 1;
    figures[i + 1].pair = i;
  }
}

}  // namespace crosscheck::figures
