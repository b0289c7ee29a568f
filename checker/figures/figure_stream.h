// The figures of one input of `extract`: a plain text file is read in pieces cut at paragraph
// boundaries, so that memory stays bounded whatever its size; markup, PDF, CSV and standard input
// are read whole. Either way each figure comes with its bytes, line and column in the whole file.
#pragma once

#include "base/diagnostic.h"
#include "base/span.h"
#include "figures/extractor.h"
#include "text/language_detect.h"
#include "text/source_file.h"
#include "text/text_chunks.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

struct FigureRecord {
  const Figure& figure;  // its span refers to the text it was read from, not the file
  Span original;         // bytes of the file
  std::size_t line = 0;
  std::size_t column = 0;
  std::optional<std::size_t> pair;  // index of its parenthetical partner among the file's figures
};

struct StreamOptions {
  ChunkSizes sizes;
  bool allow_pieces = true;  // false: every file read whole, as check reads its sources
};

class FigureInput {
 public:
  // Reads a file through once, checking it as load_source does and finding its language (the one
  // given, else detected from its first MiB) and the lines it repeats; nullptr with `sink`
  // told why when it is refused.
  static std::unique_ptr<FigureInput> open(const std::string& path, std::string_view language,
                                           DiagnosticSink& sink, const StreamOptions& options = {});
  // A source already read whole (standard input).
  static std::unique_ptr<FigureInput> whole(std::unique_ptr<SourceFile> source, std::string_view language);

  const std::string& path() const { return path_; }
  const SourceLanguage& language() const { return language_; }
  bool in_pieces() const { return !source_; }

  // Calls `emit` with every figure in reading order (the file is read again when in pieces);
  // false with `sink` told why when the file cannot be read again.
  bool for_each(const ExtractOptions& options, const std::function<void(const FigureRecord&)>& emit,
                DiagnosticSink& sink) const;

 private:
  std::string path_;
  SourceLanguage language_;
  std::unique_ptr<SourceFile> source_;  // when read whole
  RepeatedLines repeated_;               // when read in pieces
  ChunkSizes sizes_;
};

}  // namespace crosscheck
