#include "text/source_file.h"

#include "base/ascii.h"
#include "text/markdown_text.h"
#include "text/nfc_text.h"
#include "text/pdf_text.h"
#include "base/regular_file.h"
#include "text/utf8.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace crosscheck {

namespace {

std::size_t bom_size_of(std::string_view bytes) { return bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0; }

// file:line:column of a byte, the byte order mark not counted as a column.
Location locate(const std::string& path, const LineIndex& lines, std::size_t bom, std::size_t offset) {
  const Position position = lines.position(offset);
  std::size_t column = position.column;
  if (bom > 0 && position.line == 1 && column > 1) --column;
  return {path, position.line, column};
}

// The offset, in the text `segments` came from, of the byte at `offset` of the derived text of
// `size` bytes (`segments` not empty); `size` maps to the end of the last segment. A byte of a
// segment that is not verbatim maps to the segment's start.
std::size_t map_offset(const std::vector<PlainSegment>& segments, std::size_t size, std::size_t offset) {
  const auto after = std::upper_bound(segments.begin(), segments.end(), offset,
                                      [](std::size_t p, const PlainSegment& s) { return p < s.plain; });
  const PlainSegment& segment = *(after - 1);  // the first segment starts at 0
  const std::size_t segment_end = after == segments.end() ? size : after->plain;
  if (offset >= segment_end) return segment.original_end;
  return segment.verbatim ? segment.original + (offset - segment.plain) : segment.original;
}

// The span of the text `segments` came from that the non-empty span [begin, end) of the derived
// text came from: a span ending inside a segment that is not verbatim ends where that segment does.
Span map_span(const std::vector<PlainSegment>& segments, std::size_t size, std::size_t begin, std::size_t end) {
  const auto after = std::upper_bound(segments.begin(), segments.end(), end - 1,
                                      [](std::size_t p, const PlainSegment& s) { return p < s.plain; });
  const PlainSegment& last = *(after - 1);
  const std::size_t original_end = last.verbatim ? last.original + (end - last.plain) : last.original_end;
  return {map_offset(segments, size, begin), original_end};
}

}  // namespace

SourceFile::SourceFile(std::string path, std::string bytes, SourceFormat format)
    : path_(std::move(path)), bytes_(std::move(bytes)), format_(format), lines_(bytes_) {
  read_text();
}

SourceFile::SourceFile(std::string path, std::string bytes, SourceFormat format, PlainOnly)
    : path_(std::move(path)), bytes_(std::move(bytes)), format_(format), lines_(std::string_view()) {
  read_text();
}

SourceFile::SourceFile(std::string path, std::string file_bytes, std::string text, SourceFormat format,
                       std::vector<std::size_t> page_starts)
    : path_(std::move(path)),
      bytes_(std::move(text)),
      format_(format),
      derived_(true),
      file_bytes_(std::move(file_bytes)),
      page_starts_(std::move(page_starts)),
      lines_(bytes_) {
  read_text();
}

void SourceFile::read_text() {
  bom_ = bom_size_of(bytes_);
  // Text read out of a PDF, and a table's cells, are text: a '<' in them is a less-than sign.
  std::optional<PlainText> plain;
  if (format_ == SourceFormat::markdown) plain = strip_markdown(bytes_, bom_);
  else if (format_ != SourceFormat::pdf && format_ != SourceFormat::csv) plain = strip_html(bytes_, bom_);
  if (plain) {
    has_markup_ = true;
    plain_storage_ = std::move(plain->text);
    segments_ = std::move(plain->segments);
  }
  // NFC after markup: an entity may decode to a combining mark. Text already in NFC is not copied.
  const std::string_view text = has_markup_ ? std::string_view(plain_storage_) : std::string_view(bytes_).substr(bom_);
  unnormalised_size_ = text.size();
  if (auto nfc = normalise_nfc(text)) {
    normalised_ = true;
    plain_storage_ = std::move(nfc->text);
    nfc_segments_ = std::move(nfc->segments);
  }
}

std::string_view SourceFile::plain() const {
  if (has_markup_ || normalised_) return plain_storage_;
  return std::string_view(bytes_).substr(bom_);
}

std::size_t SourceFile::unnormalised_offset(std::size_t plain_offset) const {
  if (!normalised_) return plain_offset;
  return map_offset(nfc_segments_, plain_storage_.size(), plain_offset);
}

Span SourceFile::unnormalised_span(Span plain_span) const {
  if (!normalised_) return plain_span;
  if (plain_span.begin == plain_span.end) {
    const std::size_t at = unnormalised_offset(plain_span.begin);
    return {at, at};
  }
  return map_span(nfc_segments_, plain_storage_.size(), plain_span.begin, plain_span.end);
}

std::size_t SourceFile::markup_offset(std::size_t text_offset) const {
  if (!has_markup_) return bom_ + text_offset;
  if (segments_.empty()) return bom_;  // nothing but markup
  return map_offset(segments_, unnormalised_size_, text_offset);
}

Span SourceFile::markup_span(Span text_span) const {
  if (!has_markup_) return {bom_ + text_span.begin, bom_ + text_span.end};
  if (text_span.begin == text_span.end || segments_.empty()) {
    const std::size_t at = markup_offset(text_span.begin);
    return {at, at};
  }
  return map_span(segments_, unnormalised_size_, text_span.begin, text_span.end);
}

std::size_t SourceFile::original_offset(std::size_t plain_offset) const {
  return markup_offset(unnormalised_offset(std::min(plain_offset, plain().size())));
}

Span SourceFile::original_span(Span plain_span) const {
  const std::size_t size = plain().size();
  const std::size_t end = std::min(plain_span.end, size);
  const std::size_t begin = std::min(plain_span.begin, end);
  return markup_span(unnormalised_span({begin, end}));
}

std::optional<PagePosition> SourceFile::page_position(std::size_t plain_offset) const {
  if (page_starts_.empty()) return std::nullopt;
  const std::size_t at = original_offset(plain_offset);
  const auto after = std::upper_bound(page_starts_.begin(), page_starts_.end(), at);
  const std::size_t page = static_cast<std::size_t>(after - page_starts_.begin());  // first start is 0
  const std::size_t first_line = lines_.position(page_starts_[page - 1]).line;
  return PagePosition{page, lines_.position(at).line - first_line + 1};
}

Span SourceFile::plain_line(std::size_t plain_offset) const {
  const std::string_view text = plain();
  const std::size_t at = std::min(plain_offset, text.size());
  const std::size_t before = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t begin = before == std::string_view::npos ? 0 : before + 1;
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return {begin, end};
}

Location SourceFile::location(std::size_t plain_offset) const {
  return original_location(original_offset(plain_offset));
}

Location SourceFile::original_location(std::size_t byte_offset) const {
  return locate(path_, lines_, bom_, byte_offset);
}

std::string_view to_string(SourceFormat format) {
  switch (format) {
    case SourceFormat::text: return "text";
    case SourceFormat::markdown: return "markdown";
    case SourceFormat::html: return "html";
    case SourceFormat::pdf: return "pdf";
    case SourceFormat::csv: return "csv";
  }
  return "text";
}

namespace {

// True when the line (without its line break) ends in an HTML line break: <br>, <br/>, <br />,
// in any case, with white space before the line's end.
bool ends_in_line_break(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  if (!line.ends_with('>')) return false;
  const std::size_t lt = line.rfind('<');
  if (lt == std::string_view::npos) return false;
  std::string tag = ascii_lower(line.substr(lt + 1, line.size() - lt - 2));
  while (!tag.empty() && (tag.back() == '/' || tag.back() == ' ')) tag.pop_back();
  return tag == "br";
}

}  // namespace

SourceFormat sniff_format(std::string_view bytes, SourceFormat by_extension) {
  if (by_extension != SourceFormat::text) return by_extension;
  // Most of its non-blank lines, and at least two, end in <br />: text exported as HTML lines.
  std::size_t lines = 0, breaks = 0;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(begin, end - begin);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      ++lines;
      if (ends_in_line_break(line)) ++breaks;
    }
    begin = end + 1;
  }
  return breaks >= 2 && breaks * 2 > lines ? SourceFormat::html : SourceFormat::text;
}

SourceFormat format_from_path(std::string_view path) {
  const std::string extension = ascii_lower(std::filesystem::path(path).extension().string());
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return SourceFormat::html;
  if (extension == ".md" || extension == ".markdown") return SourceFormat::markdown;
  if (extension == ".pdf") return SourceFormat::pdf;
  if (extension == ".csv") return SourceFormat::csv;
  return SourceFormat::text;
}

void report_read_failure(const std::string& path, const FileRead& file, const SourceLimits& limits,
                         DiagnosticSink& sink) {
  switch (file.failure) {
    case FileRead::Failure::none: break;
    case FileRead::Failure::not_found: sink.error({path, 0, 0}, "file not found"); break;
    case FileRead::Failure::directory: sink.error({path, 0, 0}, "is a directory, expected a file"); break;
    case FileRead::Failure::not_regular: sink.error({path, 0, 0}, "is {}, expected a regular file", file.what); break;
    case FileRead::Failure::too_large:
      sink.error({path, 0, 0}, "file is too large: {} bytes, the limit is {} bytes", file.size,
                 limits.max_bytes);
      break;
    case FileRead::Failure::unreadable: sink.error({path, 0, 0}, "cannot read file: {}", file.what); break;
  }
}

std::unique_ptr<SourceFile> load_source(const std::string& path, DiagnosticSink& sink,
                                        const SourceLimits& limits) {
  FileRead file = read_regular_file(path, limits.max_bytes);
  if (file.failure != FileRead::Failure::none) {
    report_read_failure(path, file, limits, sink);
    return nullptr;
  }
  if (format_from_path(path) == SourceFormat::pdf || looks_like_pdf(file.bytes)) {
    std::string error;
    auto pdf = extract_pdf_text(file.bytes, error);
    if (!pdf) {
      sink.error({path, 0, 0}, "{}", error);
      return nullptr;
    }
    if (const auto bad = validate_utf8(pdf->text)) {
      sink.error({path, 0, 0}, "the PDF's text is not valid UTF-8: {}", bad->message);
      return nullptr;
    }
    return std::make_unique<SourceFile>(path, std::move(file.bytes), std::move(pdf->text), SourceFormat::pdf,
                                        std::move(pdf->page_starts));
  }
  const SourceFormat format = sniff_format(file.bytes, format_from_path(path));
  return make_source(path, std::move(file.bytes), format, sink, limits);
}

std::unique_ptr<SourceFile> make_source(std::string path, std::string bytes, SourceFormat format,
                                        DiagnosticSink& sink, const SourceLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    sink.error({path, 0, 0}, "file is too large: {} bytes, the limit is {} bytes", bytes.size(),
               limits.max_bytes);
    return nullptr;
  }
  const std::string_view view = bytes;
  // UTF-16 is full of NUL bytes: say what it is rather than "binary".
  if (view.starts_with("\xFF\xFE") || view.starts_with("\xFE\xFF")) {
    sink.error({path, 1, 1}, "UTF-16 text is not supported, expected UTF-8");
    return nullptr;
  }
  const std::size_t nul = view.find('\0');
  const auto error_location = [&](std::size_t offset) {
    const LineIndex lines(view);
    return locate(path, lines, bom_size_of(view), offset);
  };
  if (nul != std::string_view::npos) {
    sink.error(error_location(nul), "binary file (NUL byte), expected UTF-8 text");
    return nullptr;
  }
  if (const auto bad = validate_utf8(view)) {
    sink.error(error_location(bad->offset), "invalid UTF-8: {}", bad->message);
    return nullptr;
  }
  return std::make_unique<SourceFile>(std::move(path), std::move(bytes), format);
}

}  // namespace crosscheck
