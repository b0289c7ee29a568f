// One YAML file read defensively (size, binary, UTF-8, nesting) and parsed, with yaml-cpp's marks
// turned into file:line:column.
#pragma once

#include "base/diagnostic.h"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct YamlLimits {
  std::size_t max_bytes = std::size_t{8} << 20;  // larger files are refused before they are read
  int max_depth = 64;  // yaml-cpp recurses on nesting; rule files need a handful of levels
};

class YamlFile {
 public:
  YamlFile(std::string path, std::string text, YAML::Node root);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  const YAML::Node& root() const { return root_; }

  // The line and column (in code points) of a byte of text().
  Location at_offset(std::size_t offset) const;
  Location at(const YAML::Mark& mark) const;
  // Where a node starts; `fallback` (usually its key) for a missing or empty node, whose mark
  // yaml-cpp puts at whatever token follows.
  Location where(const YAML::Node& node, const Location& fallback) const;
  // Where a scalar's text starts: after an opening quote, at the first text of a block scalar
  // (`|`, `>`), past an anchor or a tag. Offset 0 of node.Scalar() is here, except for the empty
  // lines a block scalar may keep in front.
  Location content_where(const YAML::Node& node, const Location& fallback) const;

 private:
  std::size_t continuations_before(std::size_t offset) const;

  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> continuations_before_;  // UTF-8 continuation bytes before each checkpoint
  YAML::Node root_;
};

// Reads and parses the file at `path`. When it cannot be read at all (missing, a directory, too
// large) the error is put at `named_at` if given (the `include:` that names it), else at the path.
// Everything else is put at the offending byte. nullptr when the file is unusable.
std::unique_ptr<YamlFile> read_yaml_file(const std::string& path, const Location* named_at,
                                         DiagnosticSink& sink, const YamlLimits& limits = {});

// The same checks on bytes already in memory.
std::unique_ptr<YamlFile> parse_yaml_text(std::string path, std::string text, DiagnosticSink& sink,
                                          const YamlLimits& limits = {});

// Byte offset of the first place where block and flow nesting together exceed `max_depth`, by a
// scan that over-estimates rather than misses (quotes, comments and block scalars are skipped).
std::optional<std::size_t> find_excess_nesting(std::string_view text, int max_depth);

// The first YAML syntax error of `text` as libyaml (fuzzed upstream, and linear) finds it: yaml-cpp
// 0.7 loops forever on some malformed input (a `,` that starts a document, upstream issue 1040),
// so it is given only text that libyaml has parsed to the end. Line and column are 1-based, the
// column in code points.
struct YamlSyntaxError {
  std::size_t line = 0;
  std::size_t column = 0;
  std::optional<std::size_t> offset;  // instead of line and column, for a byte libyaml refuses
  std::string message;
};
std::optional<YamlSyntaxError> find_yaml_syntax_error(std::string_view text);

// Byte offset of the first byte that is not part of valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace crosscheck
