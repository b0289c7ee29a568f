#include "base/diagnostic.h"

namespace crosscheck {

std::string to_string(const Diagnostic& diagnostic) {
  std::string out = diagnostic.where.file;
  if (diagnostic.where.line > 0) {
    out += fmt::format(":{}", diagnostic.where.line);
    if (diagnostic.where.column > 0) out += fmt::format(":{}", diagnostic.where.column);
  }
  if (!out.empty()) out += ": ";
  switch (diagnostic.level) {
    case Level::error: out += "error: "; break;
    case Level::warning: out += "warning: "; break;
    case Level::note: out += "note: "; break;
  }
  return out + diagnostic.message;
}

void DiagnosticSink::add(Level level, Location where, std::string message) {
  if (level == Level::error) ++errors_;
  diagnostics_.push_back({level, std::move(where), std::move(message)});
}

}  // namespace crosscheck
