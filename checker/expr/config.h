// Iterator, skipper and context types the `expect` grammar is instantiated for.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <vector>

namespace crosscheck::expr::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// Skips white space between tokens, byte by byte: the standard encoding's classifiers assert on
// bytes ≥ 0x80, which a figure literal may hold.
struct Blank : x3::parser<Blank> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last) return false;
    char c = *first;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    ++first;
    return true;
  }
};
inline constexpr Blank blank{};

// Where each node of the tree was written, for errors at the right column.
using position_cache = x3::position_cache<std::vector<iterator_type>>;
struct position_cache_tag;

using skipper_context = x3::phrase_parse_context<Blank>::type;
using context_type = x3::context<position_cache_tag, position_cache, skipper_context>;

}  // namespace crosscheck::expr::parser
