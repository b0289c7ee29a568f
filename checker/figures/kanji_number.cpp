#include "figures/kanji_number.h"

#include <string_view>

namespace crosscheck::figures {

const char* const kanji_numerals[14] = {"〇", "零", "一", "二", "三", "四", "五",
                                        "六", "七", "八", "九", "十", "百", "千"};

namespace {

// The value of the kanji numeral at p: 0..9 for digits, 10, 100, 1000 for 十 百 千; -1 if none.
int numeral_at(const char* p, const char* last) {
  if (last - p < 3) return -1;
  const std::string_view c(p, 3);
  for (int k = 0; k < 14; ++k)
    if (c == kanji_numerals[k]) return k < 2 ? 0 : k < 11 ? k - 1 : k == 11 ? 10 : k == 12 ? 100 : 1000;
  return -1;
}

}  // namespace

std::optional<const char*> read_kanji_number(const char* first, const char* last, ast::Numeral& out) {
  long long total = 0;    // the multiplied parts: 三千 + 五百
  long long pending = -1; // a digit not yet multiplied
  long long last_multiplier = 10000;
  bool positional = false;  // "二〇一五": digits in a row, read as a written-out number
  int count = 0;
  const char* p = first;
  for (int v; (v = numeral_at(p, last)) >= 0; p += 3, ++count) {
    if (v < 10) {
      if (pending >= 0) {
        if (total != 0) return std::nullopt;  // "三千五五"
        positional = true;
        if (pending > 99'999'999) return std::nullopt;
        pending = pending * 10 + v;
      } else {
        pending = v;
      }
      continue;
    }
    // 十 百 千: each smaller than the one before, multiplying the digit before it (or one).
    if (positional || v >= last_multiplier) return std::nullopt;
    total += (pending < 0 ? 1 : pending) * v;
    pending = -1;
    last_multiplier = v;
  }
  if (count == 0) return std::nullopt;
  static const ast::Numeral blank{};
  out = blank;
  const long long value = total + (pending < 0 ? 0 : pending);
  out.value = value;
  for (long long v = value; v > 0; v /= 10) ++out.int_digits;
  if (out.int_digits == 0) out.int_digits = 1;
  return p;
}

}  // namespace crosscheck::figures
