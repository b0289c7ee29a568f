// Iterator and context types the figure grammar is instantiated for.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace crosscheck::figures {
struct LanguageTables;
}

namespace crosscheck::figures::parser {

namespace x3 = boost::spirit::x3;

// Decimal and thousands separators of the source's language, passed to the grammar via x3::with.
struct Separators {
  char decimal = '.';
  char group = ',';
  bool in_list = false;  // the number follows "22," in a list: a comma after it is no decimal comma
  bool to_ranges = true;  // "5 to 10" is a range (not after "from": "rose from 5 to 10" is two values)
  const LanguageTables* tables = nullptr;  // the language's own words (languages/), if it has any
  bool ordinal_dot = false;  // German "dem 3. Paket": digits and a point are an ordinal here
  bool month_first = false;  // numeric dates: "6/30/2021" (US English) rather than "30/6/2021"
  bool day_dot_month = false;  // Vietnamese "15.8": a day and a month, no year
};
struct separators_tag;

Separators separators_for(std::string_view language);

using iterator_type = const char*;
using context_type = x3::context<separators_tag, const Separators, x3::unused_type>;

}  // namespace crosscheck::figures::parser
