// PDF sources: any bytes through poppler's text layer and the line tidying, then as a source; the
// pages must lie in the text and every offset map back inside it.
#include "text/pdf_text.h"
#include "text/source_file.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace crosscheck;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The tidying alone, on any text: no form feed or trailing blank survives.
  const std::string tidy = tidy_pdf_page(bytes);
  if (tidy.find('\f') != std::string::npos || tidy.find(" \n") != std::string::npos) std::abort();
  std::string error;
  const auto pdf = extract_pdf_text(bytes, error);
  if (!pdf) {
    if (error.empty()) std::abort();
    return 0;
  }
  std::size_t previous = 0;
  for (std::size_t start : pdf->page_starts) {
    if (start < previous || start > pdf->text.size()) std::abort();
    previous = start;
  }
  SourceFile source("fuzz.pdf", std::string(bytes), pdf->text, SourceFormat::pdf, pdf->page_starts);
  for (std::size_t offset = 0; offset <= source.plain().size(); offset += 97) {
    const auto page = source.page_position(offset);
    if (!page || page->page < 1 || page->page > pdf->page_starts.size() || page->line < 1) std::abort();
    source.location(offset);
  }
  return 0;
}
