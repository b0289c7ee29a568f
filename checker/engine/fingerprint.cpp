#include "engine/fingerprint.h"

#include <fmt/format.h>

#include <cstdint>

namespace crosscheck {

namespace {
struct Fnv1a {
  std::uint64_t hash = 1469598103934665603ull;
  void add(std::string_view text) {
    for (char c : text) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ull;
    }
    hash ^= 0xff;  // field separator, so that "ab"+"c" differs from "a"+"bc"
    hash *= 1099511628211ull;
  }
};
}  // namespace

std::string fingerprint(const Finding& finding) {
  Fnv1a h;
  h.add(finding.check);
  h.add(finding.kind);
  for (const MentionReport& m : finding.mentions) {
    h.add(m.source_id);
    h.add(m.quote);
    h.add(m.figure ? m.figure->text : std::string());
    if (!m.cell.empty()) h.add(m.cell);  // two cells may hold the same text; quotes keep their old hash
  }
  return fmt::format("{:016x}", h.hash);
}

}  // namespace crosscheck
