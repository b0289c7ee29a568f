// Errors about inputs, located as file:line:column, collected rather than thrown.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <vector>

namespace crosscheck {

// 1-based line and column (column in Unicode code points); 0 means "not known".
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
};

enum class Level { error, warning, note };

struct Diagnostic {
  Level level = Level::error;
  Location where;
  std::string message;
};

// "file:line:column: error: message", leaving out the parts that are not known.
std::string to_string(const Diagnostic& diagnostic);

// Collects diagnostics so that every error of every input is reported before giving up.
class DiagnosticSink {
 public:
  template <typename... Args>
  void error(Location where, fmt::format_string<Args...> format, Args&&... args) {
    add(Level::error, std::move(where), fmt::format(format, std::forward<Args>(args)...));
  }
  template <typename... Args>
  void warning(Location where, fmt::format_string<Args...> format, Args&&... args) {
    add(Level::warning, std::move(where), fmt::format(format, std::forward<Args>(args)...));
  }
  void add(Level level, Location where, std::string message);

  bool has_errors() const { return errors_ > 0; }
  std::size_t error_count() const { return errors_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
  std::size_t errors_ = 0;
};

}  // namespace crosscheck
