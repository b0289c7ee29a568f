#include "text/markdown_text.h"

#include "base/ascii.h"

#include <algorithm>

namespace crosscheck {

namespace {

bool is_punct(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && u > 0x20 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z');
}

// Deep enough for any real text; a bound keeps pathological input linear.
constexpr std::size_t kMaxOpen = 16;
constexpr std::size_t kMaxTarget = 2048;

struct OpenMark {
  char mark;
  std::size_t length;
  std::size_t at;
};

class MarkdownScanner {
 public:
  MarkdownScanner(std::string_view text, std::size_t begin) : text_(text), begin_(begin) {}

  std::vector<Span> run() {
    bool line_start = true;
    std::size_t i = begin_;
    while (i < text_.size()) {
      const char c = text_[i];
      if (line_start) {
        line_start = false;
        const std::size_t after = line_marks(i);
        if (after != i) {
          i = after;
          continue;
        }
      }
      if (c == '\n') {
        line_start = true;
        if (blank_line_follows(i)) {
          // Emphasis and links do not cross paragraphs.
          marks_.clear();
          brackets_.clear();
        }
        ++i;
      } else if (c == '\\' && i + 1 < text_.size() && is_punct(text_[i + 1])) {
        drops_.push_back({i, i + 1});
        i += 2;  // the escaped character is text
      } else if (c == '*' || c == '_' || c == '`') {
        i = emphasis(i);
      } else if (c == '[') {
        if (brackets_.size() == kMaxOpen) brackets_.erase(brackets_.begin());
        brackets_.push_back(i);
        ++i;
      } else if (c == ']') {
        i = link_end(i);
      } else {
        ++i;
      }
    }
    std::sort(drops_.begin(), drops_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    return std::move(drops_);
  }

 private:
  bool blank_line_follows(std::size_t newline) const {
    std::size_t k = newline + 1;
    while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t' || text_[k] == '\r')) ++k;
    return k >= text_.size() || text_[k] == '\n';
  }

  // "## " and "> " at a line start; returns where the line's text starts.
  std::size_t line_marks(std::size_t i) {
    std::size_t k = i;
    while (k < text_.size() && k - i < 6 && text_[k] == '#') ++k;
    if (k > i && k < text_.size() && text_[k] == ' ') {
      drops_.push_back({i, k + 1});
      return k + 1;
    }
    if (text_[i] == '>') {
      const std::size_t end = i + 1 < text_.size() && text_[i + 1] == ' ' ? i + 2 : i + 1;
      drops_.push_back({i, end});
      return end;
    }
    return i;
  }

  std::size_t emphasis(std::size_t i) {
    const char mark = text_[i];
    std::size_t end = i;
    while (end < text_.size() && text_[end] == mark) ++end;
    const std::size_t length = end - i;
    if (length > 3) return end;
    const char before = i > begin_ ? text_[i - 1] : ' ';
    const char after = end < text_.size() ? text_[end] : ' ';
    const bool opens = !is_space(after) && (is_space(before) || is_punct(before));
    const bool closes = !is_space(before) && (is_space(after) || is_punct(after));
    if (closes) {
      for (std::size_t k = marks_.size(); k-- > 0;) {
        if (marks_[k].mark == mark && marks_[k].length == length) {
          drops_.push_back({marks_[k].at, marks_[k].at + length});
          drops_.push_back({i, end});
          marks_.resize(k);  // marks opened inside the pair stay unmatched
          return end;
        }
      }
    }
    if (opens) {
      if (marks_.size() == kMaxOpen) marks_.erase(marks_.begin());
      marks_.push_back({mark, length, i});
    }
    return end;
  }

  // "](target)" closing an open "[": the brackets and target are syntax, the text between is not.
  std::size_t link_end(std::size_t close) {
    if (brackets_.empty()) return close + 1;
    const std::size_t open = brackets_.back();
    brackets_.pop_back();
    if (close + 1 >= text_.size() || text_[close + 1] != '(') return close + 1;
    const std::size_t paren = next_of(close + 2, next_paren_, [](char c) { return c == ')'; });
    const std::size_t space = next_of(close + 2, next_space_, is_space);
    if (paren == std::string_view::npos || paren > space || paren - close > kMaxTarget) return close + 1;
    const bool image = open > begin_ && text_[open - 1] == '!';
    drops_.push_back({image ? open - 1 : open, open + 1});
    drops_.push_back({close, paren + 1});
    return paren + 1;
  }

  // The first position at or after `from` whose byte passes `test`, remembered in `cache` so
  // that scans never repeat (positions only move forward).
  template <typename Test>
  std::size_t next_of(std::size_t from, std::size_t& cache, Test test) const {
    if (cache == std::string_view::npos) return cache;  // none left after an earlier position
    if (cache != kUnknown && cache >= from) return cache;
    std::size_t k = from;
    while (k < text_.size() && !test(text_[k])) ++k;
    cache = k < text_.size() ? k : std::string_view::npos;
    return cache;
  }

  static constexpr std::size_t kUnknown = std::string_view::npos - 1;
  std::string_view text_;
  std::size_t begin_;
  std::vector<Span> drops_;
  std::vector<OpenMark> marks_;
  std::vector<std::size_t> brackets_;
  std::size_t next_paren_ = kUnknown;
  std::size_t next_space_ = kUnknown;
};

}  // namespace

std::vector<Span> markdown_syntax(std::string_view text, std::size_t begin) {
  return MarkdownScanner(text, begin).run();
}

std::optional<PlainText> strip_markdown(std::string_view text, std::size_t begin) {
  return strip_html(text, begin, markdown_syntax(text, begin));
}

}  // namespace crosscheck
