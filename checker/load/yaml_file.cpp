#include "load/yaml_file.h"

#include "base/regular_file.h"

#include <algorithm>
#include <cstring>

#include <yaml.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace crosscheck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Positions are looked up often, on lines that may be megabytes long (flow style): the count of
// continuation bytes is kept every so many bytes, so that a column costs at most this many steps.
constexpr std::size_t checkpoint_stride = 64;

bool ends_token(std::string_view line, std::size_t i) { return i >= line.size() || is_space(line[i]); }

// Whether a tab is in the indentation of 1-based `line` or the line before: yaml-cpp's message
// for that ("illegal map value") does not say so.
bool tab_indented(std::string_view text, std::size_t line) {
  std::size_t number = 1;
  for (std::size_t start = 0; start <= text.size() && number <= line; ++number) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    if (number + 1 >= line) {
      std::string_view row = text.substr(start, end - start);
      std::size_t indent = row.find_first_not_of(" \t");
      if (row.substr(0, std::min(indent, row.size())).find('\t') != std::string_view::npos) return true;
    }
    start = end + 1;
  }
  return false;
}

}  // namespace

YamlFile::YamlFile(std::string path, std::string text, YAML::Node root)
    : path_(std::move(path)), text_(std::move(text)), root_(std::move(root)) {
  line_starts_.push_back(0);
  std::size_t continuations = 0;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (i % checkpoint_stride == 0) continuations_before_.push_back(continuations);
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
    if (is_continuation(text_[i])) ++continuations;
  }
  continuations_before_.push_back(continuations);
}

std::size_t YamlFile::continuations_before(std::size_t offset) const {
  std::size_t checkpoint = offset / checkpoint_stride;
  std::size_t count = continuations_before_[std::min(checkpoint, continuations_before_.size() - 1)];
  for (std::size_t i = checkpoint * checkpoint_stride; i < offset; ++i) count += is_continuation(text_[i]);
  return count;
}

Location YamlFile::at_offset(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());  // 1-based
  // Code points: every byte but a UTF-8 continuation byte starts one.
  std::size_t start = line_starts_[line - 1];
  std::size_t column = 1 + (offset - start) - (continuations_before(offset) - continuations_before(start));
  return {path_, line, column};
}

Location YamlFile::at(const YAML::Mark& mark) const {
  if (mark.pos >= 0) return at_offset(static_cast<std::size_t>(mark.pos));
  if (mark.line >= 0 && static_cast<std::size_t>(mark.line) < line_starts_.size()) {
    return {path_, static_cast<std::size_t>(mark.line) + 1, static_cast<std::size_t>(mark.column) + 1};
  }
  return {path_, 0, 0};
}

Location YamlFile::where(const YAML::Node& node, const Location& fallback) const {
  if (!node.IsDefined() || node.IsNull() || node.Mark().pos < 0) return fallback;
  return at(node.Mark());
}

Location YamlFile::content_where(const YAML::Node& node, const Location& fallback) const {
  if (!node.IsDefined() || node.IsNull() || node.Mark().pos < 0) return fallback;
  std::size_t i = static_cast<std::size_t>(node.Mark().pos);
  auto skip_blank = [&] {
    while (i < text_.size() && (is_space(text_[i]) || text_[i] == '\n')) ++i;
  };
  // An anchor or a tag comes before the scalar itself (and an alias's mark is its anchor's).
  while (i < text_.size() && (text_[i] == '&' || text_[i] == '!')) {
    while (i < text_.size() && !is_space(text_[i]) && text_[i] != '\n') ++i;
    skip_blank();
  }
  if (i >= text_.size()) return at_offset(i);
  if (text_[i] == '"' || text_[i] == '\'') return at_offset(i + 1);
  if (text_[i] == '|' || text_[i] == '>') {
    // The header line holds only indicators and a comment; the text starts on a later line.
    std::size_t eol = text_.find('\n', i);
    if (eol == std::string::npos) return at_offset(text_.size());
    i = eol + 1;
    skip_blank();
  }
  return at_offset(i);
}

std::optional<YamlSyntaxError> find_yaml_syntax_error(std::string_view text) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return YamlSyntaxError{1, 1, std::nullopt, "out of memory"};
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::optional<YamlSyntaxError> error;
  // Events only: no tree is built and aliases are not expanded, so this pass is linear.
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      YamlSyntaxError found;
      found.line = parser.problem_mark.line + 1;
      found.column = parser.problem_mark.column + 1;
      found.message = parser.problem ? parser.problem : "syntax error";
      if (parser.error == YAML_READER_ERROR) found.offset = parser.problem_offset;
      const bool same_place = parser.context_mark.line == parser.problem_mark.line &&
                              parser.context_mark.column == parser.problem_mark.column;
      if (parser.context && same_place) {
        found.message += fmt::format(" ({})", parser.context);
      } else if (parser.context) {
        found.message += fmt::format(" ({} at {}:{})", parser.context, parser.context_mark.line + 1,
                                     parser.context_mark.column + 1);
      }
      error = std::move(found);
      break;
    }
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return error;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = byte(i);
    std::size_t length = 0;
    char32_t code = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      length = 2, code = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3, code = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4, code = c & 0x07;
    } else {
      return i;
    }
    if (i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((byte(i + k) & 0xC0) != 0x80) return i;
      code = (code << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if ((length == 3 && code < 0x800) || (length == 4 && code < 0x10000) || code > 0x10FFFF ||
        (code >= 0xD800 && code <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::optional<std::size_t> find_excess_nesting(std::string_view text, int max_depth) {
  std::vector<std::size_t> block;  // indentation columns of the open block collections
  int flow = 0;                    // open [ and {
  enum class Quote { none, single, dual } quote = Quote::none;
  bool in_block_scalar = false;
  std::size_t block_scalar_indent = 0;
  auto too_deep = [&] { return static_cast<long>(block.size()) + flow > max_depth; };

  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    bool empty = indent == line.size() || line[indent] == '\r';

    if (in_block_scalar) {
      if (empty || indent > block_scalar_indent) {
        pos = eol + 1;
        continue;
      }
      in_block_scalar = false;
    }

    std::size_t i = 0;
    if (quote == Quote::none && flow == 0) {
      if (empty || line[indent] == '#' || line[0] == '%') {
        pos = eol + 1;
        continue;
      }
      if ((line.starts_with("---") || line.starts_with("...")) && ends_token(line, 3)) {
        block.clear();  // a new document
        i = 3;
      } else {
        while (!block.empty() && block.back() > indent) block.pop_back();
        if (block.empty() || block.back() < indent) block.push_back(indent);
        i = indent;
        // "- - x", "? x", ": x": each indicator opens a collection one level deeper.
        while (i < line.size() && (line[i] == '-' || line[i] == '?' || line[i] == ':') &&
               ends_token(line, i + 1)) {
          ++i;
          while (i < line.size() && is_space(line[i])) ++i;
          if (block.back() < i) block.push_back(i);
          if (too_deep()) return pos + i - 2;
        }
        if (too_deep()) return pos + indent;
      }
    }

    bool at_value = true;  // a quote or a bracket here opens a scalar or a collection
    for (; i < line.size(); ++i) {
      char c = line[i];
      if (quote == Quote::dual) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          quote = Quote::none;
          at_value = false;
        }
        continue;
      }
      if (quote == Quote::single) {
        if (c == '\'') {
          if (i + 1 < line.size() && line[i + 1] == '\'') {
            ++i;
          } else {
            quote = Quote::none;
            at_value = false;
          }
        }
        continue;
      }
      if (is_space(c)) continue;
      if (c == '#' && (i == 0 || is_space(line[i - 1]))) break;
      if (at_value) {
        if (c == '"') {
          quote = Quote::dual;
          continue;
        }
        if (c == '\'') {
          quote = Quote::single;
          continue;
        }
        if (c == '[' || c == '{') {
          ++flow;
          if (too_deep()) return pos + i;
          continue;
        }
        if ((c == '|' || c == '>') && flow == 0) {
          in_block_scalar = true;
          block_scalar_indent = indent;
          break;
        }
        if (c == '&' || c == '!') {
          while (i + 1 < line.size() && !is_space(line[i + 1])) ++i;
          continue;
        }
      }
      if (flow > 0 && (c == ']' || c == '}')) {
        --flow;
        at_value = false;
        continue;
      }
      if (flow > 0 && c == ',') {
        at_value = true;
        continue;
      }
      if (c == ':' && (ends_token(line, i + 1) || (flow > 0 && std::strchr(",]}", line[i + 1])))) {
        at_value = true;
        continue;
      }
      at_value = false;
    }
    pos = eol + 1;
  }
  return std::nullopt;
}

namespace {

// Where yaml-cpp sees a second document: its first node, else its start; nothing is built.
class DocumentCounter : public YAML::EventHandler {
 public:
  std::optional<YAML::Mark> second;
  int documents = 0;
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents == 2) second = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override { node(mark); }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    node(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    node(mark);
  }
  void OnMapEnd() override {}

 private:
  bool placed_ = false;
  void node(const YAML::Mark& mark) {
    if (documents == 2 && !placed_) {
      second = mark;
      placed_ = true;
    }
  }
};

std::optional<YAML::Mark> second_document_start(const std::string& text) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentCounter counter;
  while (counter.documents < 2 && parser.HandleNextDocument(counter)) {
  }
  return counter.second;
}

}  // namespace

std::unique_ptr<YamlFile> parse_yaml_text(std::string path, std::string text, DiagnosticSink& sink,
                                          const YamlLimits& limits) {
  // A byte order mark is allowed; yaml-cpp does not count it in its positions, nor do we.
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  YamlFile located(path, text, YAML::Node());

  if (auto nul = text.find('\0'); nul != std::string::npos) {
    sink.error(located.at_offset(nul), "binary file (NUL byte); expected a YAML rule file");
    return nullptr;
  }
  if (auto bad = find_invalid_utf8(text)) {
    sink.error(located.at_offset(*bad), "invalid UTF-8 (byte 0x{:02x}); a rule file must be UTF-8 text",
               static_cast<unsigned char>(text[*bad]));
    return nullptr;
  }
  if (auto deep = find_excess_nesting(text, limits.max_depth)) {
    sink.error(located.at_offset(*deep), "YAML nested deeper than {} levels; rule files need only a few",
               limits.max_depth);
    return nullptr;
  }

  if (auto syntax = find_yaml_syntax_error(text)) {
    Location at = syntax->offset ? located.at_offset(*syntax->offset) : Location{path, syntax->line, syntax->column};
    sink.error(at, "malformed YAML: {}{}", syntax->message,
               tab_indented(text, syntax->line) ? " (a tab indents this line; YAML indents with spaces)" : "");
    return nullptr;
  }

  YAML::Node root;
  try {
    // yaml-cpp 0.7 can begin a new empty document forever at a token no node starts with (a `,`
    // after an anchor on a line of its own, which libyaml reads as part of a plain scalar): so
    // its documents are counted first, stopping at the second, and only the first is built.
    if (const auto second = second_document_start(text)) {
      sink.error(located.at(*second), "a second YAML document; a rule file holds one");
      return nullptr;
    }
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    Location at = located.at(e.mark);
    sink.error(at, "malformed YAML: {}{}", e.msg,
               tab_indented(text, at.line) ? " (a tab indents this line; YAML indents with spaces)" : "");
    return nullptr;
  } catch (const std::exception& e) {
    sink.error(Location{path}, "malformed YAML: {}", e.what());
    return nullptr;
  }
  if (!root) root = YAML::Node(YAML::NodeType::Null);
  return std::make_unique<YamlFile>(std::move(path), std::move(text), std::move(root));
}

std::unique_ptr<YamlFile> read_yaml_file(const std::string& path, const Location* named_at,
                                         DiagnosticSink& sink, const YamlLimits& limits) {
  const Location at_path{path};
  const Location& where = named_at ? *named_at : at_path;
  const std::string prefix = named_at ? fmt::format("cannot include '{}': ", path) : std::string();

  FileRead file = read_regular_file(path, limits.max_bytes);
  switch (file.failure) {
    case FileRead::Failure::none: break;
    case FileRead::Failure::not_found:
      sink.error(where, "{}no such file", prefix);
      return nullptr;
    case FileRead::Failure::directory:
      sink.error(where, "{}a directory; expected a YAML rule file", prefix);
      return nullptr;
    case FileRead::Failure::not_regular:  // a pipe or a device could block or never end
      sink.error(where, "{}{}, not a regular file; expected a YAML rule file", prefix, file.what);
      return nullptr;
    case FileRead::Failure::too_large:
      sink.error(where, "{}file of {} bytes; rule files are limited to {} bytes", prefix, file.size,
                 limits.max_bytes);
      return nullptr;
    case FileRead::Failure::unreadable:
      sink.error(where, "{}cannot read: {}", prefix, file.what);
      return nullptr;
  }
  std::string text = std::move(file.bytes);
  return parse_yaml_text(path, std::move(text), sink, limits);
}

}  // namespace crosscheck
