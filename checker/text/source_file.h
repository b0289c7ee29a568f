// A source document loaded and checked, with its plain text (HTML tags and entities removed)
// mappable back to the bytes of the file.
#pragma once

#include "base/diagnostic.h"
#include "base/span.h"
#include "text/line_index.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class SourceFormat { text, markdown, html };

struct SourceLimits {
  std::size_t max_bytes = std::size_t{64} << 20;  // larger files are refused, not read
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string bytes, SourceFormat format);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  SourceFormat format() const { return format_; }
  // The file as it is on disk.
  std::string_view bytes() const { return bytes_; }
  // The text a reader sees: tags removed, entities decoded. A view of bytes() when the file has
  // neither.
  std::string_view plain() const;
  // Byte offset in bytes() of the byte at `plain_offset` in plain().
  std::size_t original_offset(std::size_t plain_offset) const;
  Span original_span(Span plain_span) const;
  // file:line:column of a plain-text offset, the column in code points of the original line.
  Location location(std::size_t plain_offset) const;
  const LineIndex& lines() const { return lines_; }

 private:
  struct Segment {
    std::size_t plain;     // start of the segment in plain()
    std::size_t original;  // where that byte came from in bytes()
  };
  std::string path_;
  std::string bytes_;
  SourceFormat format_;
  std::string plain_storage_;     // empty when plain() is bytes() itself
  std::vector<Segment> segments_; // sorted by plain; empty when plain() is bytes() itself
  LineIndex lines_;
};

// Guesses the format from the extension: .html/.htm → html, .md/.markdown → markdown, else text.
SourceFormat format_from_path(std::string_view path);

// Reads and validates a source: refuses a missing file, a directory, a file over the size limit,
// a binary file (NUL byte) and invalid UTF-8, each reported to `sink` with file:line:column.
std::unique_ptr<SourceFile> load_source(const std::string& path, DiagnosticSink& sink,
                                        const SourceLimits& limits = {});

// Validates bytes that did not come from a file (standard input, tests); same checks.
std::unique_ptr<SourceFile> make_source(std::string path, std::string bytes, SourceFormat format,
                                        DiagnosticSink& sink, const SourceLimits& limits = {});

}  // namespace crosscheck
