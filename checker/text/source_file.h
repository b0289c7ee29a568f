// A source document loaded and checked, with its plain text (HTML tags and entities removed,
// Unicode in NFC) mappable back to the bytes of the file.
#pragma once

#include "base/diagnostic.h"
#include "base/regular_file.h"
#include "base/span.h"
#include "text/html_text.h"
#include "text/line_index.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class SourceFormat { text, markdown, html, pdf, csv };

// "text", "markdown", "html", "pdf", "csv": the name reports give a source's format.
std::string_view to_string(SourceFormat format);

struct SourceLimits {
  std::size_t max_bytes = std::size_t{64} << 20;  // larger files are refused, not read
};

// Where a PDF source's text is: 1-based page, and line within that page.
struct PagePosition {
  std::size_t page = 0;
  std::size_t line = 0;
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string bytes, SourceFormat format);
  // Only the plain text is wanted (a first reading of a file in pieces): no line index is built,
  // and lines(), location() and original_location() must not be asked.
  struct PlainOnly {};
  SourceFile(std::string path, std::string bytes, SourceFormat format, PlainOnly);
  // A source whose text was read out of the file (a PDF's text layer): `text` is what offsets,
  // lines and columns refer to; `file_bytes` what was read from disk (what its hash is of).
  // `page_starts`: where each page starts in `text`.
  SourceFile(std::string path, std::string file_bytes, std::string text, SourceFormat format,
             std::vector<std::size_t> page_starts);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  SourceFormat format() const { return format_; }
  // The file as it is on disk; for a PDF, the text read out of it (offsets refer to it).
  std::string_view bytes() const { return bytes_; }
  // The bytes read from disk, for provenance (the PDF itself); the same as bytes() for text.
  std::string_view file_bytes() const { return derived_ ? std::string_view(file_bytes_) : std::string_view(bytes_); }
  // The page and line within it of a plain-text offset, for a source read page by page (PDF);
  // nullopt for others.
  std::optional<PagePosition> page_position(std::size_t plain_offset) const;
  // The text a reader sees: tags removed, entities decoded, block-level tags turned into line
  // breaks (in Markdown, emphasis marks, link targets, escapes and heading marks removed too),
  // then normalised to Unicode NFC (a decomposed é or Vietnamese ệ composed into one character).
  // A view of bytes() when the file has no such markup and is already NFC.
  std::string_view plain() const;
  // True when plain() is a view of bytes() (after any byte order mark), not a copy.
  bool plain_is_view() const { return !has_markup_ && !normalised_; }
  // True when the text was not in NFC and plain() is its normalised copy.
  bool normalised() const { return normalised_; }
  // Length of the UTF-8 byte order mark at the start of bytes() (0 or 3); it is not in plain().
  std::size_t bom_size() const { return bom_; }
  // Byte offset in bytes() of the byte at `plain_offset` in plain(); plain().size() maps to the
  // end of the last text. A byte of a decoded entity maps to the entity's '&', a byte of a
  // character that normalisation composed to the first byte of its decomposed form.
  std::size_t original_offset(std::size_t plain_offset) const;
  // The original bytes a plain span came from: a span ending in a decoded entity ends after its
  // ';', one ending in a composed character after the last of its combining marks. Tags inside
  // the span are inside the result; tags around it are not.
  Span original_span(Span plain_span) const;
  // file:line:column of a plain-text offset, the column in code points of the original line.
  Location location(std::size_t plain_offset) const;
  // file:line:column of a byte offset in bytes() (a byte order mark is not a column).
  Location original_location(std::size_t byte_offset) const;
  const LineIndex& lines() const { return lines_; }
  // The line of plain() that holds `plain_offset`, without its line break: what a reader sees of
  // the original line (tags removed, entities decoded), for the snippets of the reports.
  Span plain_line(std::size_t plain_offset) const;

 private:
  using Segment = PlainSegment;
  // The text before NFC normalisation (the markup-free text), and its offsets back in bytes().
  std::size_t unnormalised_offset(std::size_t plain_offset) const;
  Span unnormalised_span(Span plain_span) const;
  std::size_t markup_offset(std::size_t text_offset) const;
  Span markup_span(Span text_span) const;

  void read_text();

  std::string path_;
  std::string bytes_;
  SourceFormat format_;
  bool derived_ = false;        // bytes_ was read out of file_bytes_
  std::string file_bytes_;      // only when derived_
  std::vector<std::size_t> page_starts_;  // in bytes_; empty unless read page by page
  std::size_t bom_ = 0;
  bool has_markup_ = false;
  bool normalised_ = false;
  std::size_t unnormalised_size_ = 0;  // size of the markup-free text, before normalisation
  std::string plain_storage_;     // used only when has_markup_ or normalised_
  std::vector<Segment> segments_; // markup-free text → bytes(); empty when it is a view of bytes()
  std::vector<Segment> nfc_segments_;  // plain() → markup-free text; empty unless normalised_
  LineIndex lines_;
};

// Guesses the format from the extension: .html/.htm → html, .md/.markdown → markdown, .pdf → pdf,
// .csv → csv, else text.
SourceFormat format_from_path(std::string_view path);

// The format of a file's bytes, given the one its extension suggests: plain text whose lines end
// in HTML line breaks (`<br />`, as text copied out of a PDF or a web page often is) is HTML.
SourceFormat sniff_format(std::string_view bytes, SourceFormat by_extension);

// Reads and validates a source: refuses a missing file, a directory, a file over the size limit,
// a binary file (NUL byte) and invalid UTF-8, each reported to `sink` with file:line:column. A PDF
// (by extension or by its header) is read through its text layer; one with no text is refused.
std::unique_ptr<SourceFile> load_source(const std::string& path, DiagnosticSink& sink,
                                        const SourceLimits& limits = {});

// Reports why a file could not be read (`file.failure` is not none), as load_source does.
void report_read_failure(const std::string& path, const FileRead& file, const SourceLimits& limits,
                         DiagnosticSink& sink);

// Validates bytes that did not come from a file (standard input, tests); same checks.
std::unique_ptr<SourceFile> make_source(std::string path, std::string bytes, SourceFormat format,
                                        DiagnosticSink& sink, const SourceLimits& limits = {});

}  // namespace crosscheck
