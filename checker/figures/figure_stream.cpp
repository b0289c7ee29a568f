#include "figures/figure_stream.h"

#include "base/regular_file.h"
#include "text/line_index.h"
#include "text/pdf_text.h"
#include "text/utf8.h"

#include <cstring>

namespace crosscheck {

namespace {

// Markup is removed piece by piece the way it is from the whole text when every tag closes on the
// line it opens (its first '>', or a comment's "-->", before the line break) and no script or
// style element, whose content runs to its end tag, is opened. Other text is read whole.
bool tags_cross_lines(std::string_view text) {
  for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    if (i + 1 >= text.size()) return true;  // what follows is in the next piece
    const char c = text[i + 1];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?')) continue;
    std::size_t line_end = text.find('\n', i);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view rest = text.substr(i, line_end - i);
    const bool comment = rest.starts_with("<!--");
    if (rest.find(comment ? "-->" : ">", comment ? 4 : 1) == std::string_view::npos) return true;
    std::string name;
    for (std::size_t k = 1; k < rest.size() && k < 7; ++k)
      name += static_cast<char>(rest[k] >= 'A' && rest[k] <= 'Z' ? rest[k] - 'A' + 'a' : rest[k]);
    if (name.starts_with("script") || name.starts_with("style")) return true;
  }
  return false;
}

ChunkReader::Read reader_of(RegularFileStream& file) {
  return [&file](char* to, std::size_t n) { return file.read(to, n); };
}

// Where a byte of a piece is in the file: lines before the piece counted, a byte order mark not
// a column (as load_source reports).
Location locate_in_piece(const std::string& path, std::string_view piece, bool first_piece,
                         std::size_t lines_before, std::size_t offset) {
  const LineIndex lines(piece);
  Position at = lines.position(offset);
  if (first_piece && piece.starts_with("\xEF\xBB\xBF") && at.line == 1 && at.column > 1) --at.column;
  return {path, lines_before + at.line, at.column};
}

}  // namespace

std::unique_ptr<FigureInput> FigureInput::whole(std::unique_ptr<SourceFile> source, std::string_view language) {
  auto input = std::unique_ptr<FigureInput>(new FigureInput);
  input->path_ = source->path();
  input->language_ = source_language(language, source->plain());
  input->source_ = std::move(source);
  return input;
}

std::unique_ptr<FigureInput> FigureInput::open(const std::string& path, std::string_view language,
                                               DiagnosticSink& sink, const StreamOptions& options) {
  const auto read_whole = [&]() -> std::unique_ptr<FigureInput> {
    auto source = load_source(path, sink);
    return source ? whole(std::move(source), language) : nullptr;
  };
  if (!options.allow_pieces || format_from_path(path) != SourceFormat::text) return read_whole();
  RegularFileStream file(path);
  if (file.status().failure != FileRead::Failure::none) {
    report_read_failure(path, file.status(), {}, sink);
    return nullptr;
  }
  auto input = std::unique_ptr<FigureInput>(new FigureInput);
  input->path_ = path;
  input->sizes_ = options.sizes;
  ChunkReader reader(reader_of(file), ChunkCut::line, options.sizes);
  std::string head;  // the first MiB of the text, for its language
  std::optional<Location> bad_utf8;
  std::string bad_message;
  std::size_t lines_before = 0;
  bool first = true;
  while (auto piece = reader.next()) {
    if (first && (looks_like_pdf(*piece) || piece->starts_with("\xFF\xFE") || piece->starts_with("\xFE\xFF")))
      return read_whole();
    if (const void* nul = std::memchr(piece->data(), '\0', piece->size())) {
      const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - piece->data());
      sink.error(locate_in_piece(path, *piece, first, lines_before, at),
                 "binary file (NUL byte), expected UTF-8 text");
      return nullptr;
    }
    if (!bad_utf8) {
      if (const auto bad = validate_utf8(*piece)) {
        bad_utf8 = locate_in_piece(path, *piece, first, lines_before, bad->offset);
        bad_message = bad->message;
      } else if (tags_cross_lines(*piece)) {
        return read_whole();
      } else {
        // Only the plain text is wanted here: the line index is built when the piece is read again.
        const SourceFile text(path, std::string(*piece), SourceFormat::text, SourceFile::PlainOnly{});
        input->repeated_.add_text(text.plain());
        if (head.size() < kDetectionBytes) head += text.plain();
        lines_before += count_lines(*piece) - 1;
        first = false;
        continue;
      }
    }
    // Past an invalid byte only the lines are counted, to place a NUL byte found later.
    lines_before += count_lines(*piece) - 1;
    first = false;
  }
  if (file.status().failure != FileRead::Failure::none) {
    report_read_failure(path, file.status(), {}, sink);
    return nullptr;
  }
  if (bad_utf8) {
    sink.error(*bad_utf8, "invalid UTF-8: {}", bad_message);
    return nullptr;
  }
  input->language_ = source_language(language, head);
  return input;
}

bool FigureInput::for_each(const ExtractOptions& options, const std::function<void(const FigureRecord&)>& emit,
                           DiagnosticSink& sink) const {
  ExtractOptions own = options;
  own.language = language_.tag;
  if (source_) {
    for_each_figure(source_->plain(), own, nullptr, [&](const Figure& f) {
      const Location at = source_->location(f.span.begin);
      emit(FigureRecord{f, source_->original_span(f.span), at.line, at.column, f.pair});
    });
    return true;
  }
  RegularFileStream file(path_);
  if (file.status().failure != FileRead::Failure::none) {
    report_read_failure(path_, file.status(), {}, sink);
    return false;
  }
  ChunkReader reader(reader_of(file), ChunkCut::paragraph, sizes_);
  std::size_t lines_before = 0;
  std::size_t figures_before = 0;
  while (auto piece = reader.next()) {
    const std::size_t offset = reader.offset();
    const SourceFile text(path_, std::string(*piece), SourceFormat::text);
    std::size_t figures = 0;
    for_each_figure(text.plain(), own, &repeated_, [&](const Figure& f) {
      ++figures;
      Position at = text.lines().position(text.original_offset(f.span.begin));
      if (text.bom_size() > 0 && at.line == 1 && at.column > 1) --at.column;
      Span original = text.original_span(f.span);
      original.begin += offset;
      original.end += offset;
      std::optional<std::size_t> pair;
      if (f.pair) pair = figures_before + *f.pair;
      emit(FigureRecord{f, original, lines_before + at.line, at.column, pair});
    });
    figures_before += figures;
    lines_before += text.lines().line_count() - 1;
  }
  if (file.status().failure != FileRead::Failure::none) {
    report_read_failure(path_, file.status(), {}, sink);
    return false;
  }
  return true;
}

}  // namespace crosscheck
