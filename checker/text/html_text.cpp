#include "text/html_text.h"

#include "base/ascii.h"
#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace crosscheck {

namespace {

struct Entity {
  std::string_view name;
  char32_t code_point;
};

// The entities news pages use; anything else stays as written (and so still matches a quote
// copied from the page source).
constexpr Entity kEntities[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1},  {"Acirc", 0xC2},    {"Agrave", 0xC0},  {"Aring", 0xC5},
    {"Atilde", 0xC3},  {"Auml", 0xC4},    {"Ccedil", 0xC7},   {"Dagger", 0x2021}, {"Eacute", 0xC9},
    {"Ecirc", 0xCA},   {"Egrave", 0xC8},  {"Euml", 0xCB},     {"Iacute", 0xCD},  {"Icirc", 0xCE},
    {"Igrave", 0xCC},  {"Iuml", 0xCF},    {"Ntilde", 0xD1},   {"Oacute", 0xD3},  {"Ocirc", 0xD4},
    {"Ograve", 0xD2},  {"Oslash", 0xD8},  {"Otilde", 0xD5},   {"Ouml", 0xD6},    {"Prime", 0x2033},
    {"Uacute", 0xDA},  {"Ucirc", 0xDB},   {"Ugrave", 0xD9},   {"Uuml", 0xDC},    {"Yacute", 0xDD},
    {"aacute", 0xE1},  {"acirc", 0xE2},   {"acute", 0xB4},    {"aelig", 0xE6},   {"agrave", 0xE0},
    {"amp", '&'},      {"apos", '\''},    {"aring", 0xE5},    {"atilde", 0xE3},  {"auml", 0xE4},
    {"bdquo", 0x201E}, {"brvbar", 0xA6},  {"bull", 0x2022},   {"ccedil", 0xE7},  {"cent", 0xA2},
    {"copy", 0xA9},    {"curren", 0xA4},  {"dagger", 0x2020}, {"deg", 0xB0},     {"divide", 0xF7},
    {"eacute", 0xE9},  {"ecirc", 0xEA},   {"egrave", 0xE8},   {"emsp", 0x2003},  {"ensp", 0x2002},
    {"eth", 0xF0},     {"euml", 0xEB},    {"euro", 0x20AC},   {"frac12", 0xBD},  {"frac14", 0xBC},
    {"frac34", 0xBE},  {"gt", '>'},       {"hellip", 0x2026}, {"iacute", 0xED},  {"icirc", 0xEE},
    {"iexcl", 0xA1},   {"igrave", 0xEC},  {"iquest", 0xBF},   {"iuml", 0xEF},    {"laquo", 0xAB},
    {"larr", 0x2190},  {"ldquo", 0x201C}, {"lrm", 0x200E},    {"lsaquo", 0x2039}, {"lsquo", 0x2018},
    {"lt", '<'},       {"mdash", 0x2014}, {"micro", 0xB5},    {"middot", 0xB7},  {"minus", 0x2212},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"not", 0xAC},      {"ntilde", 0xF1},  {"oacute", 0xF3},
    {"ocirc", 0xF4},   {"ograve", 0xF2},  {"ordf", 0xAA},     {"ordm", 0xBA},    {"oslash", 0xF8},
    {"otilde", 0xF5},  {"ouml", 0xF6},    {"para", 0xB6},     {"permil", 0x2030}, {"plusmn", 0xB1},
    {"pound", 0xA3},   {"prime", 0x2032}, {"quot", '"'},      {"raquo", 0xBB},   {"rarr", 0x2192},
    {"rdquo", 0x201D}, {"reg", 0xAE},     {"rlm", 0x200F},    {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"sect", 0xA7},    {"shy", 0xAD},      {"sup1", 0xB9},    {"sup2", 0xB2},
    {"sup3", 0xB3},    {"szlig", 0xDF},   {"thinsp", 0x2009}, {"times", 0xD7},   {"trade", 0x2122},
    {"uacute", 0xFA},  {"ucirc", 0xFB},   {"ugrave", 0xF9},   {"uml", 0xA8},     {"uuml", 0xFC},
    {"yacute", 0xFD},  {"yen", 0xA5},     {"yuml", 0xFF},     {"zwj", 0x200D},   {"zwnj", 0x200C},
};

// Browsers read &#128;..&#159; as Windows-1252, and old news pages rely on it (&#146; for ’).
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
    0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};

constexpr std::string_view kBlockTags[] = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul"};

static_assert(std::is_sorted(std::begin(kEntities), std::end(kEntities),
                             [](const Entity& a, const Entity& b) { return a.name < b.name; }));
static_assert(std::is_sorted(std::begin(kBlockTags), std::end(kBlockTags)));

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_block_tag(std::string_view name) {
  return std::binary_search(std::begin(kBlockTags), std::end(kBlockTags), name);
}

bool valid_code_point(char32_t cp) {
  return cp != 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

// Index of `needle` (lower case) in `text` from `from`, ignoring ASCII case; npos when absent.
std::size_t find_ignoring_case(std::string_view text, std::string_view needle, std::size_t from) {
  for (std::size_t i = text.find('<', from); i != std::string_view::npos; i = text.find('<', i + 1)) {
    if (text.size() - i < needle.size()) return std::string_view::npos;
    bool same = true;
    for (std::size_t k = 0; k < needle.size() && same; ++k) same = lower(text[i + k]) == needle[k];
    if (same) return i;
  }
  return std::string_view::npos;
}

class Stripper {
 public:
  Stripper(std::string_view in, std::size_t begin, const std::vector<Span>& hidden)
      : in_(in), run_start_(begin), hidden_(hidden) {}

  std::optional<PlainText> run() {
    std::size_t i = run_start_;
    std::size_t next_hidden = 0;
    // The next byte that may start markup (most text has none), found again only once passed.
    std::size_t next = markup_from(i);
    while (i < in_.size()) {
      if (next < i) next = markup_from(i);
      while (next_hidden < hidden_.size() && hidden_[next_hidden].begin < i) ++next_hidden;
      if (next_hidden < hidden_.size() && hidden_[next_hidden].begin <= next) {
        const Span hide = hidden_[next_hidden++];
        flush(hide.begin);
        changed_ = true;
        run_start_ = i = std::min(hide.end, in_.size());
        continue;
      }
      if (next == std::string_view::npos) break;
      i = next;
      const std::size_t after = in_[i] == '<' ? tag(i) : entity(i);
      i = after > i ? after : i + 1;
    }
    if (!changed_) return std::nullopt;
    flush(in_.size());
    return std::move(out_);
  }

 private:
  // Copies the pending run of original bytes [run_start_, end) as one verbatim segment.
  void flush(std::size_t end) {
    if (end > run_start_) {
      emit_break_before(in_[run_start_]);
      out_.segments.push_back({out_.text.size(), run_start_, end, true});
      out_.text.append(in_.substr(run_start_, end - run_start_));
    }
    run_start_ = end;
  }

  void replace(std::size_t begin, std::size_t end, std::string_view text) {
    if (text.empty()) return;
    emit_break_before(text.front());
    out_.segments.push_back({out_.text.size(), begin, end, false});
    out_.text.append(text);
  }

  // A block-level tag stands for a line break, written only when visible text follows and no
  // white space is on either side already.
  void emit_break_before(char next) {
    if (!break_pending_) return;
    break_pending_ = false;
    if (out_.text.empty() || is_space(out_.text.back()) || is_space(next)) return;
    out_.segments.push_back({out_.text.size(), break_begin_, break_end_, false});
    out_.text += '\n';
  }

  // Where the tag at `lt` ends (one past its '>'), or `lt` when it is not a tag.
  std::size_t tag(std::size_t lt) {
    if (lt + 1 >= in_.size()) return lt;
    const char first = in_[lt + 1];
    if (!is_alpha(first) && first != '/' && first != '!' && first != '?') return lt;
    std::size_t end = std::string_view::npos;
    if (in_.substr(lt, 4) == "<!--") {
      if (lt >= no_comment_end_from_) {
        // Known: no "-->" after here.
      } else if (const std::size_t close = in_.find("-->", lt + 4); close != std::string_view::npos) {
        end = close + 3;
      } else {
        no_comment_end_from_ = lt;
      }
    }
    if (end == std::string_view::npos) {
      // Once no '>' follows some '<', none follows any later one: remember it, or a text full of
      // '<' would be scanned to its end again and again.
      if (lt >= no_gt_from_) return lt;
      const std::size_t gt = in_.find('>', lt + 1);
      if (gt == std::string_view::npos) {
        no_gt_from_ = lt;
        return lt;
      }
      end = gt + 1;
    }
    flush(lt);
    changed_ = true;

    const bool closing = first == '/';
    std::string name;
    for (std::size_t k = lt + 1 + (closing ? 1 : 0); k < end && is_alnum(in_[k]) && name.size() < 16; ++k)
      name += lower(in_[k]);
    const bool self_closing = end >= 2 && in_[end - 2] == '/';
    if (!closing && !self_closing && (name == "script" || name == "style")) {
      // The element's content is code, not text: skip to its end tag (or the end of the file).
      const std::string close_tag = "</" + name;
      const std::size_t close = find_ignoring_case(in_, close_tag, end);
      if (close == std::string_view::npos) {
        end = in_.size();
      } else {
        const std::size_t gt = in_.find('>', close);
        end = gt == std::string_view::npos ? in_.size() : gt + 1;
      }
    } else if (is_block_tag(name) && !break_pending_) {
      break_pending_ = true;
      break_begin_ = lt;
      break_end_ = end;
    }
    run_start_ = end;
    return end;
  }

  // Where the entity at `amp` ends (one past its ';'), or `amp` when it is not one we decode.
  std::size_t entity(std::size_t amp) {
    constexpr std::size_t kLongest = 32;
    std::size_t k = amp + 1;
    while (k < in_.size() && k - amp <= kLongest && (is_alnum(in_[k]) || (k == amp + 1 && in_[k] == '#')))
      ++k;
    if (k >= in_.size() || in_[k] != ';' || k == amp + 1) return amp;
    const std::string_view name = in_.substr(amp + 1, k - amp - 1);
    char32_t cp = 0;
    if (name[0] == '#') {
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      const std::string_view digits = name.substr(hex ? 2 : 1);
      if (digits.empty() || digits.size() > 7) return amp;
      for (const char c : digits) {
        int value = 0;
        if (is_digit(c)) value = c - '0';
        else if (hex && lower(c) >= 'a' && lower(c) <= 'f') value = lower(c) - 'a' + 10;
        else return amp;
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(value);
      }
      if (cp >= 0x80 && cp <= 0x9F) cp = kWindows1252[cp - 0x80];
      if (!valid_code_point(cp)) return amp;
    } else {
      const auto found = named_entity(name);
      if (!found) return amp;
      cp = *found;
    }
    flush(amp);
    changed_ = true;
    // A soft hyphen is invisible and would split a word that a quote writes whole.
    if (cp != 0xAD) {
      std::string text;
      append_utf8(text, cp);
      replace(amp, k + 1, text);
    }
    run_start_ = k + 1;
    return k + 1;
  }

  // The first '<' or '&' at or after `from` (npos when none; `from` never moves back): each is
  // searched for with memchr and remembered until passed, since most text holds few of either.
  struct Found {
    std::size_t at = 0;
    bool searched = false;
  };
  std::size_t find_from(char c, std::size_t from, Found& found) const {
    if (found.searched && (found.at == std::string_view::npos || found.at >= from)) return found.at;
    const void* at = from < in_.size() ? std::memchr(in_.data() + from, c, in_.size() - from) : nullptr;
    found = {at ? static_cast<std::size_t>(static_cast<const char*>(at) - in_.data()) : std::string_view::npos, true};
    return found.at;
  }
  std::size_t markup_from(std::size_t from) {
    return std::min(find_from('<', from, next_lt_), find_from('&', from, next_amp_));
  }

  std::string_view in_;
  PlainText out_;
  Found next_lt_;
  Found next_amp_;
  std::size_t run_start_;
  const std::vector<Span>& hidden_;
  bool changed_ = false;
  bool break_pending_ = false;
  std::size_t break_begin_ = 0;
  std::size_t break_end_ = 0;
  std::size_t no_gt_from_ = std::string_view::npos;
  std::size_t no_comment_end_from_ = std::string_view::npos;
};

}  // namespace

std::optional<char32_t> named_entity(std::string_view name) {
  const auto found = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                                      [](const Entity& e, std::string_view n) { return e.name < n; });
  if (found == std::end(kEntities) || found->name != name) return std::nullopt;
  return found->code_point;
}

std::optional<PlainText> strip_html(std::string_view text, std::size_t begin) {
  static const std::vector<Span> none;
  return Stripper(text, begin, none).run();
}

std::optional<PlainText> strip_html(std::string_view text, std::size_t begin, const std::vector<Span>& hidden) {
  return Stripper(text, begin, hidden).run();
}

}  // namespace crosscheck
