// Figure extraction over any text, in the language each target names (`fuzz_language`); every
// figure's span must lie inside the text.
#include "figures/extractor.h"
#include "fuzz_input.h"

#include <cstdlib>

extern const char* const fuzz_language;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace crosscheck;
  auto source = fuzz::source_of(data, size, SourceFormat::text);
  if (!source) return 0;
  ExtractOptions options;
  options.language = fuzz_language;
  const std::string_view text = source->plain();
  for (const Figure& figure : extract_figures(text, options)) {
    if (figure.span.begin > figure.span.end || figure.span.end > text.size()) std::abort();
  }
  // Each line alone as a literal, as rule files give them.
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start <= 200) parse_figure_literal(text.substr(start, end - start), options);
    start = end + 1;
  }
  return 0;
}
