#include "discover/context_words.h"

#include "base/ascii.h"
#include "figures/word_number.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>

namespace crosscheck {

namespace {

// English function words and words that surround any figure ("said", "percent", "about").
constexpr std::string_view stop_words[] = {
    "the",    "and",     "for",     "that",   "with",   "from",    "this",    "was",     "were",
    "are",    "has",     "have",    "had",    "its",    "his",     "her",     "their",   "they",
    "them",   "which",   "who",     "whom",   "will",   "would",   "could",   "should",  "been",
    "being",  "into",    "onto",    "than",   "then",   "also",    "but",     "not",     "nor",
    "all",    "any",     "each",    "more",   "most",   "some",    "such",    "only",    "other",
    "over",   "under",   "about",   "around", "nearly", "almost",  "least",   "up",      "per",
    "cent",   "percent", "said",    "says",   "say",    "told",    "according", "while", "when",
    "where",  "what",    "there",   "here",   "these",  "those",   "our",     "out",     "off",
    "after",  "before",  "since",   "until",  "during", "between", "against", "among",   "both",
    "either", "neither", "just",    "very",   "much",   "many",    "can",     "may",     "might",
    "must",   "shall",   "did",     "does",   "doing",  "including", "within",  "without", "upon",
    "via",    "year",    "years"};

// Words further than this from the last one (past a run of numbers or symbols) are not read: a
// text of numbers alone would otherwise be read back to its start for each figure.
constexpr std::size_t max_gap = 200;

bool letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// A sentence or paragraph ends between `at` and the next word.
bool boundary(std::string_view text, std::size_t from, std::size_t to) {
  int breaks = 0;
  for (std::size_t i = from; i < to; ++i) {
    const char c = text[i];
    if (c == '\n') {
      if (++breaks == 2) return true;
    } else if (c == '!' || c == '?' || c == ';') {
      return true;
    } else if (c == '.' && (i + 1 >= to || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      return true;
    } else if (c == '<' && text.substr(i, 6) == "<br />" && ++breaks == 2) {
      return true;
    }
  }
  return false;
}

// Code points of a UTF-8 word, as byte spans.
std::vector<std::string_view> code_points_of(std::string_view word) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < word.size();) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out.push_back(word.substr(i, std::min(n, word.size() - i)));
    i += n;
  }
  return out;
}

// Kana and CJK ideographs (U+3040..U+9FFF) are written without spaces: a run of them is a phrase.
// CJK punctuation (U+3000..U+303F) is not part of it.
bool cjk(std::string_view code_point) {
  const auto c = static_cast<unsigned char>(code_point[0]);
  return code_point.size() == 3 && c >= 0xE3 && c <= 0xE9 &&
         !(c == 0xE3 && static_cast<unsigned char>(code_point[1]) == 0x80);
}

// The ideographic full stop ends a sentence inside a run.
bool full_stop(std::string_view code_point) { return code_point == "\xE3\x80\x82"; }

// A run of Japanese or Chinese text stands for its words by its character pairs (bigrams), the
// usual index unit of unsegmented scripts; only the `reach` characters nearest the figure count.
bool keep_bigrams(std::string_view word, bool left, std::size_t reach, std::vector<std::string>& out) {
  std::vector<std::string_view> cps = code_points_of(word);
  if (std::ranges::none_of(cps, [](std::string_view cp) { return cjk(cp); })) return false;
  if (left) {
    auto stop = std::ranges::find_if(cps.rbegin(), cps.rend(), full_stop);
    cps.erase(cps.begin(), stop.base());
  } else {
    cps.erase(std::ranges::find_if(cps, full_stop), cps.end());
  }
  if (cps.size() > reach) {
    if (left) cps.erase(cps.begin(), cps.end() - static_cast<std::ptrdiff_t>(reach));
    else cps.resize(reach);
  }
  for (std::size_t i = 0; i + 1 < cps.size(); ++i)
    if (cjk(cps[i]) && cjk(cps[i + 1])) out.push_back(std::string(cps[i]) + std::string(cps[i + 1]));
  return true;
}

void keep(std::string_view word, std::vector<std::string>& out, bool left, std::size_t reach) {
  if (keep_bigrams(word, left, reach, out)) return;
  // Quote marks are not letters, nor is a possessive: "“Abe’s" is "abe".
  for (std::string_view mark : {"\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D"}) {
    while (word.starts_with(mark)) word.remove_prefix(mark.size());
    if (word.ends_with(std::string(mark) + "s")) word.remove_suffix(mark.size() + 1);
    while (word.ends_with(mark)) word.remove_suffix(mark.size());
  }
  if (word.ends_with("'s")) word.remove_suffix(2);
  if (word.size() < 3) return;
  std::string lower = ascii_lower(word);
  if (std::ranges::find(stop_words, lower) != std::end(stop_words)) return;
  // Number words say nothing of what is counted; "pair", "couple", "score" are nouns too.
  const auto kind = figures::classify_number_word(lower).kind;
  if (kind != figures::NumberWord::none && kind != figures::NumberWord::collective) return;
  out.push_back(std::move(lower));
}

}  // namespace

std::vector<std::string> context_words(std::string_view text, Span figure, std::size_t reach) {
  std::vector<std::string> out;
  // Leftwards: word by word from the figure's start.
  std::size_t end = figure.begin;
  for (std::size_t n = 0; n < reach;) {
    std::size_t e = end;
    while (e > 0 && end - e < max_gap && !letter(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e == 0 || !letter(static_cast<unsigned char>(text[e - 1])) || boundary(text, e, end)) break;
    std::size_t b = e;
    while (b > 0 && (letter(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-')) --b;
    if (text.substr(b, e - b).find_first_of("<>") == std::string_view::npos) {
      keep(text.substr(b, e - b), out, true, reach);
      ++n;
    }
    end = b;
  }
  // Rightwards from its end.
  std::size_t begin = figure.end;
  for (std::size_t n = 0; n < reach;) {
    std::size_t b = begin;
    while (b < text.size() && b - begin < max_gap && !letter(static_cast<unsigned char>(text[b]))) ++b;
    if (b >= text.size() || !letter(static_cast<unsigned char>(text[b])) || boundary(text, begin, b)) break;
    std::size_t e = b;
    while (e < text.size() && (letter(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
    keep(text.substr(b, e - b), out, false, reach);
    ++n;
    begin = e;
  }
  std::ranges::sort(out);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// "Türkei" → "turk": decomposed, marks dropped, lower-cased, the first four letters; "" when the
// word is not a capitalised Latin word of four letters or more.
std::string name_key(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (!nfd) return "";
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  if (U_FAILURE(status)) return "";
  std::string key;
  bool first = true;
  for (int32_t i = 0; i < decomposed.length() && key.size() < 4;) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c > 0x7F || !u_isalpha(c)) return key.size() >= 4 ? key : "";
    if (first && !u_isupper(c)) return "";
    first = false;
    key += static_cast<char>(u_tolower(c));
  }
  return key.size() == 4 ? key : "";
}

}  // namespace

std::vector<std::string> name_keys(std::string_view text, Span figure, std::size_t reach) {
  std::vector<std::string> out;
  auto sentence_start = [&](std::size_t b) {  // nothing but spaces since a sentence end
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '"' || text[b - 1] == '\n')) --b;
    return b == 0 || text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?' || text[b - 1] == '\n';
  };
  auto take = [&](std::size_t b, std::size_t e) {
    if (sentence_start(b)) return;
    if (std::string key = name_key(text.substr(b, e - b)); !key.empty()) out.push_back(std::move(key));
  };
  std::size_t end = figure.begin;
  for (std::size_t n = 0; n < reach; ++n) {
    std::size_t e = end;
    while (e > 0 && end - e < max_gap && !letter(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e == 0 || !letter(static_cast<unsigned char>(text[e - 1])) || boundary(text, e, end)) break;
    std::size_t b = e;
    while (b > 0 && letter(static_cast<unsigned char>(text[b - 1]))) --b;
    take(b, e);
    end = b;
  }
  std::size_t begin = figure.end;
  for (std::size_t n = 0; n < reach; ++n) {
    std::size_t b = begin;
    while (b < text.size() && b - begin < max_gap && !letter(static_cast<unsigned char>(text[b]))) ++b;
    if (b >= text.size() || !letter(static_cast<unsigned char>(text[b])) || boundary(text, begin, b)) break;
    std::size_t e = b;
    while (e < text.size() && letter(static_cast<unsigned char>(text[e]))) ++e;
    take(b, e);
    begin = e;
  }
  std::ranges::sort(out);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace crosscheck
