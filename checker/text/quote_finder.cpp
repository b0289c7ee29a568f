#include "text/quote_finder.h"

#include "base/ascii.h"
#include "text/html_text.h"
#include "text/nfc_text.h"
#include "text/utf8.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

namespace crosscheck {

namespace {

enum class Fold { keep, space, single_quote, double_quote, drop };

Fold classify(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
      return Fold::space;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return Fold::single_quote;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return Fold::double_quote;
    // Invisible: a zero-width space or soft hyphen inside a word must not split it.
    case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return Fold::drop;
    default:
      return cp >= 0x2000 && cp <= 0x200A ? Fold::space : Fold::keep;
  }
}

// Appends the folded `text` to `out`. `realign(normalised, original)` is called whenever the
// byte about to be written (or the end) does not come from the byte one past the previous one.
template <typename Realign>
void fold(std::string_view text, std::string& out, bool fold_quotes, Realign realign) {
  std::size_t anchor_out = out.size();
  std::size_t anchor_in = 0;
  const auto place = [&](std::size_t in) {
    if (anchor_in + (out.size() - anchor_out) != in) {
      realign(out.size(), in);
      anchor_out = out.size();
      anchor_in = in;
    }
  };
  bool in_space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const auto byte = static_cast<unsigned char>(text[i]);
    Fold kind = Fold::keep;
    if (byte < 0x80) {
      ++i;
      if (classify(byte) == Fold::space) kind = Fold::space;
    } else {
      kind = classify(decode_utf8(text, i));
    }
    switch (kind) {
      case Fold::space:
        if (!in_space) {
          place(start);
          out += ' ';
          in_space = true;
        }
        continue;
      case Fold::drop:
        continue;
      case Fold::single_quote:
      case Fold::double_quote:
        if (fold_quotes) {
          place(start);
          out += kind == Fold::single_quote ? '\'' : '"';
          in_space = false;
          continue;
        }
        break;
      case Fold::keep:
        break;
    }
    place(start);
    out.append(text.substr(start, i - start));
    in_space = false;
  }
  place(text.size());
}

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

enum class WordClass { separator, word, alone };

WordClass word_class(char32_t cp) {
  if (cp < 0x80) {
    const bool alnum = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return alnum ? WordClass::word : WordClass::separator;
  }
  // Kana and ideographs are written without spaces: each counts as a word of its own.
  if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF))
    return WordClass::alone;
  if ((cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F))
    return WordClass::separator;
  return WordClass::word;
}

// Calls `on_word(begin, end)` for every word of `text`, in order.
template <typename OnWord>
void for_each_word(std::string_view text, OnWord on_word) {
  std::size_t i = 0;
  std::size_t word_begin = std::string_view::npos;
  while (i < text.size()) {
    const std::size_t start = i;
    const WordClass kind = word_class(decode_utf8(text, i));
    if (kind != WordClass::word && word_begin != std::string_view::npos) {
      on_word(word_begin, start);
      word_begin = std::string_view::npos;
    }
    if (kind == WordClass::alone) on_word(start, i);
    if (kind == WordClass::word && word_begin == std::string_view::npos) word_begin = start;
  }
  if (word_begin != std::string_view::npos) on_word(word_begin, text.size());
}

}  // namespace

std::string normalise_for_quotes(std::string_view text) {
  // A source's plain() is NFC already; a quote may have been typed in either form.
  std::string composed;
  if (!is_nfc(text)) {
    composed = to_nfc(text);
    text = composed;
  }
  std::string out;
  out.reserve(text.size());
  fold(text, out, true, [](std::size_t, std::size_t) {});
  return out;
}

QuoteIndex::QuoteIndex(const SourceFile& source) : source_(source) {
  const std::string_view plain = source.plain();
  normalised_.reserve(plain.size());
  anchors_.push_back({0, 0});
  fold(plain, normalised_, true, [this](std::size_t normalised, std::size_t original) {
    if (anchors_.back().normalised == normalised) anchors_.back().plain = original;
    else anchors_.push_back({normalised, original});
  });
}

std::size_t QuoteIndex::to_plain(std::size_t normalised_offset) const {
  const auto after = std::upper_bound(
      anchors_.begin(), anchors_.end(), normalised_offset,
      [](std::size_t offset, const Anchor& anchor) { return offset < anchor.normalised; });
  const Anchor& anchor = *(after - 1);
  return anchor.plain + (normalised_offset - anchor.normalised);
}

QuoteSearch QuoteIndex::find(std::string_view quote) const {
  QuoteSearch result;
  // A quote copied from a page's source may carry its markup too.
  std::string stripped;
  if (auto plain = strip_html(quote)) {
    stripped = std::move(plain->text);
    quote = stripped;
  }
  const std::string folded = normalise_for_quotes(quote);
  const std::string_view needle = trim_spaces(folded);
  if (needle.empty()) return result;

  const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
  const auto begin = normalised_.cbegin();
  for (auto from = begin;;) {
    const auto [first, last] = searcher(from, normalised_.cend());
    if (first == normalised_.cend()) break;
    result.matches.push_back({to_plain(static_cast<std::size_t>(first - begin)),
                              to_plain(static_cast<std::size_t>(last - begin))});
    from = last;
  }
  if (result.matches.empty()) closest(needle, result);
  return result;
}

void QuoteIndex::build_words() const {
  for_each_word(normalised_, [this](std::size_t begin, std::size_t end) {
    const auto [entry, added] = vocabulary_.try_emplace(
        ascii_lower(std::string_view(normalised_).substr(begin, end - begin)),
        static_cast<std::uint32_t>(vocabulary_.size()));
    words_.push_back({begin, static_cast<std::uint32_t>(end - begin), entry->second});
  });
}

// Slides a window as long as the quote over the source's words and keeps the one sharing most
// words with the quote (then most adjacent pairs, then the earliest): linear in the source.
void QuoteIndex::closest(std::string_view needle, QuoteSearch& result) const {
  std::call_once(words_built_, [this] { build_words(); });
  constexpr std::uint32_t kAbsent = UINT32_MAX;
  std::vector<std::uint32_t> quote;  // the quote's words, as ids (kAbsent: not in the source)
  for_each_word(needle, [&](std::size_t begin, std::size_t end) {
    const auto found = vocabulary_.find(ascii_lower(needle.substr(begin, end - begin)));
    quote.push_back(found == vocabulary_.end() ? kAbsent : found->second);
  });
  const std::size_t k = quote.size();
  const std::size_t n = words_.size();
  if (k == 0 || n == 0) return;

  std::vector<int> need(vocabulary_.size(), 0);
  std::unordered_set<std::uint64_t> pairs;
  for (std::size_t j = 0; j < k; ++j) {
    if (quote[j] == kAbsent) continue;
    ++need[quote[j]];
    if (j + 1 < k && quote[j + 1] != kAbsent)
      pairs.insert(std::uint64_t{quote[j]} << 32 | quote[j + 1]);
  }
  std::vector<int> have(need.size(), 0);
  std::size_t shared = 0;    // words of the window that the quote has (as a multiset)
  std::size_t adjacent = 0;  // adjacent pairs of the window that are adjacent in the quote
  const auto id = [&](std::size_t w) { return words_[w].id; };
  const auto add = [&](std::size_t w) {
    if (need[id(w)] > 0 && ++have[id(w)] <= need[id(w)]) ++shared;
  };
  const auto remove = [&](std::size_t w) {
    if (need[id(w)] > 0 && have[id(w)]-- <= need[id(w)]) --shared;
  };
  const auto pair_at = [&](std::size_t w) -> std::size_t {
    return need[id(w)] > 0 && need[id(w + 1)] > 0 &&
           pairs.count(std::uint64_t{id(w)} << 32 | id(w + 1)) > 0;
  };

  const std::size_t width = std::min(k, n);
  for (std::size_t w = 0; w < width; ++w) add(w);
  for (std::size_t w = 0; w + 1 < width; ++w) adjacent += pair_at(w);
  std::size_t best_start = 0;
  std::size_t best_shared = shared;
  std::size_t best_score = 2 * shared + adjacent;
  for (std::size_t start = 1; start + width <= n; ++start) {
    remove(start - 1);
    if (width > 1) adjacent -= pair_at(start - 1);
    add(start + width - 1);
    if (width > 1) adjacent += pair_at(start + width - 2);
    if (2 * shared + adjacent > best_score) {
      best_score = 2 * shared + adjacent;
      best_shared = shared;
      best_start = start;
    }
  }
  // A passage sharing less than a third of the quote's words is no hint at all.
  if (best_shared == 0 || best_shared * 3 < k) return;

  // Trim the window to its shared words, then widen it by the quote words that lie before the
  // first and after the last of them: "six used" of "six used vessels" grows into "six used ships".
  std::size_t first = best_start;
  while (need[id(first)] == 0) ++first;
  std::size_t last = best_start + width - 1;
  while (need[id(last)] == 0) --last;
  const std::size_t before = static_cast<std::size_t>(std::find(quote.begin(), quote.end(), id(first)) - quote.begin());
  const std::size_t after = static_cast<std::size_t>(quote.end() - std::find(quote.rbegin(), quote.rend(), id(last)).base());
  first -= std::min(first, before);
  last = std::min(n - 1, last + after);

  const std::size_t plain_begin = to_plain(words_[first].begin);
  const std::size_t plain_end = to_plain(words_[last].begin + words_[last].length);
  result.closest = {plain_begin, plain_end};
  fold(source_.plain().substr(plain_begin, plain_end - plain_begin), result.closest_text, false,
       [](std::size_t, std::size_t) {});
}

}  // namespace crosscheck
