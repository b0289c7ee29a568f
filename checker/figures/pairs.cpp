#include "figures/figure_builder.h"

namespace crosscheck::figures {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

void link_pairs(std::vector<Figure>& figures, std::string_view text) {
  for (std::size_t i = 0; i + 1 < figures.size(); ++i) {
    Figure& a = figures[i];
    Figure& b = figures[i + 1];
    if (a.kind != FigureKind::money || b.kind != FigureKind::money) continue;
    // Between them: white space and an opening parenthesis only (b's approximation words lie
    // inside its qualifier span): "100 billion yen ($835 million)", "(about US$18.8 million)".
    std::size_t b_start = b.qualifier_span.empty() ? b.span.begin : b.qualifier_span.begin;
    if (b_start < a.span.end) continue;
    std::string_view between = text.substr(a.span.end, b_start - a.span.end);
    std::size_t open = 0;
    bool ok = true;
    for (char c : between) {
      if (c == '(') {
        ++open;
      } else if (!is_space(c)) {
        ok = false;
        break;
      }
    }
    if (!ok || open != 1) continue;
    std::size_t k = b.span.end;
    while (k < text.size() && is_space(text[k])) ++k;
    if (k >= text.size() || text[k] != ')') continue;
    a.pair = i + 1;
    b.pair = i;
  }
}

}  // namespace crosscheck::figures
