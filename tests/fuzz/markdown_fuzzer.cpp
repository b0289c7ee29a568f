// Markdown to plain text with its offset map.
#include "markup_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return crosscheck::fuzz::markup_to_text(data, size, crosscheck::SourceFormat::markdown);
}
