#include "text/source_file.h"

#include "text/markdown_text.h"
#include "text/nfc_text.h"
#include "base/regular_file.h"
#include "text/utf8.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace crosscheck {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::size_t bom_size_of(std::string_view bytes) { return bytes.starts_with(kBom) ? kBom.size() : 0; }

// file:line:column of a byte, the byte order mark not counted as a column.
Location locate(const std::string& path, const LineIndex& lines, std::size_t bom, std::size_t offset) {
  const Position position = lines.position(offset);
  std::size_t column = position.column;
  if (bom > 0 && position.line == 1 && column > 1) --column;
  return {path, position.line, column};
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
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
  bom_ = bom_size_of(bytes_);
  auto plain = format_ == SourceFormat::markdown ? strip_markdown(bytes_, bom_) : strip_html(bytes_, bom_);
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

Location SourceFile::location(std::size_t plain_offset) const {
  return original_location(original_offset(plain_offset));
}

Location SourceFile::original_location(std::size_t byte_offset) const {
  return locate(path_, lines_, bom_, byte_offset);
}

SourceFormat format_from_path(std::string_view path) {
  const std::string extension = lower_ascii(std::filesystem::path(path).extension().string());
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return SourceFormat::html;
  if (extension == ".md" || extension == ".markdown") return SourceFormat::markdown;
  return SourceFormat::text;
}

std::unique_ptr<SourceFile> load_source(const std::string& path, DiagnosticSink& sink,
                                        const SourceLimits& limits) {
  FileRead file = read_regular_file(path, limits.max_bytes);
  switch (file.failure) {
    case FileRead::Failure::none: break;
    case FileRead::Failure::not_found:
      sink.error({path, 0, 0}, "file not found");
      return nullptr;
    case FileRead::Failure::directory:
      sink.error({path, 0, 0}, "is a directory, expected a file");
      return nullptr;
    case FileRead::Failure::not_regular:
      sink.error({path, 0, 0}, "is {}, expected a regular file", file.what);
      return nullptr;
    case FileRead::Failure::too_large:
      sink.error({path, 0, 0}, "file is too large: {} bytes, the limit is {} bytes", file.size,
                 limits.max_bytes);
      return nullptr;
    case FileRead::Failure::unreadable:
      sink.error({path, 0, 0}, "cannot read file: {}", file.what);
      return nullptr;
  }
  const SourceFormat format = format_from_path(path);
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
