#include "text/pdf_text.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace crosscheck {

namespace {

// The first code point of `text` (U+FFFD when it is not valid UTF-8); 0 when empty.
UChar32 first_code_point(std::string_view text) {
  if (text.empty()) return 0;
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(text.data(), i, static_cast<std::int32_t>(std::min<std::size_t>(text.size(), 4)), c);
  return c < 0 ? 0xFFFD : c;
}

// The last code point of `text`; 0 when empty.
UChar32 last_code_point(std::string_view text) {
  if (text.empty()) return 0;
  std::int32_t i = static_cast<std::int32_t>(text.size());
  UChar32 c = 0;
  U8_PREV(text.data(), 0, i, c);
  return c < 0 ? 0xFFFD : c;
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Words of the text as written, with their inner hyphens ("twenty-five", "mid-April"); the two
// pieces of a word broken at a line end ("govern-" / "ment") are no words.
std::unordered_set<std::string> words_of(const std::vector<std::string>& lines) {
  std::unordered_set<std::string> words;
  bool broken_before = false;
  for (const std::string& line : lines) {
    const bool broken_after = line.ends_with('-');
    std::vector<std::pair<std::size_t, std::size_t>> tokens;
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && !is_word_byte(line[i])) ++i;
      std::size_t begin = i;
      while (i < line.size() && (is_word_byte(line[i]) || (line[i] == '-' && i + 1 < line.size() && is_word_byte(line[i + 1]))))
        ++i;
      if (i > begin) tokens.emplace_back(begin, i);
    }
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if ((t == 0 && broken_before) || (t + 1 == tokens.size() && broken_after)) continue;
      words.insert(line.substr(tokens[t].first, tokens[t].second - tokens[t].first));
    }
    broken_before = broken_after;
  }
  return words;
}

constexpr std::pair<std::string_view, std::string_view> kLigatures[] = {
    {"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"}, {"\uFB03", "ffi"},
    {"\uFB04", "ffl"}, {"\uFB05", "st"}, {"\uFB06", "st"}};

void spell_out_ligatures(std::string& line) {
  if (line.find("\xEF\xAC") == std::string::npos) return;  // U+FB00–FB3F all start so
  for (const auto& [ligature, letters] : kLigatures)
    for (std::size_t at = line.find(ligature); at != std::string::npos; at = line.find(ligature, at + letters.size()))
      line.replace(at, ligature.size(), letters);
}

// poppler reports syntax errors of damaged files on stderr unless told otherwise.
void quiet_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

}  // namespace

namespace {

// A page's lines: form feeds dropped, white space at line ends trimmed, ligatures spelt out,
// blank lines at the end dropped.
std::vector<std::string> page_lines(std::string_view page) {
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin <= page.size();) {
    std::size_t end = page.find('\n', begin);
    if (end == std::string_view::npos) end = page.size();
    std::string line(page.substr(begin, end - begin));
    std::erase(line, '\f');
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    spell_out_ligatures(line);
    lines.push_back(std::move(line));
    begin = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// Joins the words broken at line ends; `words` are those the whole document writes.
std::vector<std::string> join_broken_words(std::vector<std::string> lines, const std::unordered_set<std::string>& words) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    std::string& line = lines[i];
    if (line.size() < 2 || line.back() != '-') continue;
    const std::string_view before(line.data(), line.size() - 1);
    const UChar32 last = last_code_point(before);
    if (!u_isalpha(last) && !u_isdigit(last)) continue;  // "--", "(-": a dash, not a break
    std::string& next = lines[i + 1];
    const std::size_t start = next.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    const UChar32 first = first_code_point(std::string_view(next).substr(start));
    if (!u_isalpha(first) && !u_isdigit(first)) continue;
    std::size_t tail_end = start;
    while (tail_end < next.size() && is_word_byte(next[tail_end])) ++tail_end;
    const std::string tail = next.substr(start, tail_end - start);
    // What follows the word up to the next space (a comma, a full stop) moves up with it.
    while (tail_end < next.size() && next[tail_end] != ' ' && next[tail_end] != '\t') ++tail_end;
    std::size_t head_begin = before.size();
    while (head_begin > 0 && (is_word_byte(before[head_begin - 1]) || before[head_begin - 1] == '-')) --head_begin;
    const std::string head(before.substr(head_begin));
    // The hyphen is the word's own between digits or before a capital ("2015-2016",
    // "Japan-Vietnam"); else when the document never writes the word whole but writes it with
    // the hyphen, or writes both halves as words ("five" and "year": "five-year", where "govern"
    // and "ment" make "government").
    const bool whole = words.count(head + tail) > 0;
    const bool own = u_isdigit(last) || u_isdigit(first) || u_isupper(first) || u_istitle(first) ||
                     (!whole && (words.count(head + "-" + tail) > 0 || (words.count(head) > 0 && words.count(tail) > 0)));
    if (!own) line.pop_back();
    line.append(next, start, tail_end - start);
    std::size_t rest = tail_end;
    while (rest < next.size() && (next[rest] == ' ' || next[rest] == '\t')) ++rest;
    next.erase(0, rest);
    if (next.empty()) {  // the word was the whole line: no blank line (a paragraph break) is left
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i + 1));
      --i;  // the joined line may end in a broken word again
    }
  }
  return lines;
}

std::string joined_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

std::string tidy_pdf_page(std::string_view page) {
  std::vector<std::string> lines = page_lines(page);
  const auto words = words_of(lines);
  return joined_lines(join_broken_words(std::move(lines), words));
}

bool looks_like_pdf(std::string_view bytes) { return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos; }

std::optional<PdfText> extract_pdf_text(std::string_view bytes, std::string& error) {
  if (!looks_like_pdf(bytes)) {
    error = "not a PDF file (no %PDF- header)";
    return std::nullopt;
  }
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    error = "PDF file too large";
    return std::nullopt;
  }
  quiet_poppler();
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    error = "cannot read the PDF file (damaged, or not a PDF)";
    return std::nullopt;
  }
  if (document->is_locked()) {
    error = "the PDF file is encrypted; give a copy without a password";
    return std::nullopt;
  }
  // Every page's lines first: whether a hyphen belongs to a word is told by the whole document.
  const int pages = document->pages();
  std::vector<std::vector<std::string>> lines(static_cast<std::size_t>(std::max(pages, 0)));
  std::unordered_set<std::string> words;
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(document->create_page(p));
    if (!page) continue;
    // The order the producer wrote the text in: for a document made by a program (a word
    // processor, LaTeX, a browser) columns one after the other and table rows whole, which
    // layout analysis (pdftotext's default) reads column by column.
    const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    auto& page_text = lines[static_cast<std::size_t>(p)];
    page_text = page_lines(std::string_view(utf8.data(), utf8.size()));
    words.merge(words_of(page_text));
  }
  // A word broken at the end of a page moves up to that page.
  for (std::size_t p = 0; p + 1 < lines.size(); ++p) {
    if (lines[p].empty() || lines[p + 1].empty()) continue;
    auto seam = join_broken_words({lines[p].back(), lines[p + 1].front()}, words);
    lines[p].back() = std::move(seam.front());
    if (seam.size() == 1) lines[p + 1].erase(lines[p + 1].begin());
    else lines[p + 1].front() = std::move(seam.back());
  }
  PdfText out;
  bool any_text = false;
  for (std::size_t p = 0; p < lines.size(); ++p) {
    if (p > 0) out.text += "\f\n";  // after the previous page's last line, so that pages start lines
    out.page_starts.push_back(out.text.size());
    std::string tidy = joined_lines(join_broken_words(std::move(lines[p]), words));
    if (tidy.find_first_not_of(" \t\n") != std::string::npos) any_text = true;
    if (!tidy.empty()) tidy.pop_back();  // the separator brings the line break
    out.text += tidy;
  }
  out.text += '\n';
  if (!any_text) {
    error = pages == 0 ? "the PDF file has no pages"
                       : "the PDF file has no text layer (a scan?): run OCR on it first, e.g. ocrmypdf";
    return std::nullopt;
  }
  return out;
}

}  // namespace crosscheck
