// Instantiates the figure grammar (the only file that includes grammar_def.h).
#include "figures/grammar.h"

#include "figures/grammar_def.h"

namespace crosscheck::figures {
namespace parser {

BOOST_SPIRIT_INSTANTIATE(phrase_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_prefix_type, iterator_type, context_type)

Separators separators_for(std::string_view language) {
  // English, Chinese, Japanese, Korean, Thai... write 1,234.5; most of continental Europe,
  // Vietnam, Indonesia and Latin America write 1.234,5.
  static constexpr std::string_view comma_decimal[] = {"vi", "de", "fr", "es", "it", "pt", "nl",
                                                       "id", "ru", "pl", "tr", "da", "nb", "sv",
                                                       "fi", "cs", "ro", "el", "uk", "hu"};
  std::string_view primary = language.substr(0, language.find_first_of("-_"));
  for (std::string_view l : comma_decimal)
    if (primary == l) return {',', '.'};
  return {'.', ','};
}

}  // namespace parser

const parser::phrase_type& phrase() { return parser::phrase; }
const parser::qualifier_prefix_type& qualifier_prefix() { return parser::qualifier_prefix; }

const std::array<bool, 256>& word_start_bytes() {
  static const std::array<bool, 256> table = [] {
    std::array<bool, 256> t{};
    auto merge = [&t](const std::array<bool, 256>& first) {
      for (std::size_t i = 0; i < 256; ++i) t[i] = t[i] || first[i];
    };
    merge(parser::unit_words.first_bytes);
    merge(parser::tens_words.first_bytes);
    merge(parser::ordinal_words.first_bytes);
    merge(parser::currency_prefixes.first_bytes);
    merge(parser::qualifier_words.first_bytes);
    merge(parser::month_names.first_bytes);
    // a dozen, half, minus, negative, nought, percent of, and the letters of word numbers
    for (char c : {'a', 'A', 'h', 'H', 'm', 'M', 'n', 'N', 'p', 'P'}) t[static_cast<unsigned char>(c)] = true;
    for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = false;
    return t;
  }();
  return table;
}

bool parse_phrase(const char*& first, const char* last, const parser::Separators& separators,
                  ast::Phrase& out) {
  namespace x3 = boost::spirit::x3;
  return x3::parse(first, last, x3::with<parser::separators_tag>(separators)[parser::phrase], out);
}

bool parse_qualifier_prefix(const char*& first, const char* last,
                            const parser::Separators& separators, Qualifier& out) {
  namespace x3 = boost::spirit::x3;
  return x3::parse(first, last,
                   x3::with<parser::separators_tag>(separators)[parser::qualifier_prefix], out);
}

}  // namespace crosscheck::figures
