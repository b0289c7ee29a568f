// PDF sources: the text layer of each page (through poppler), as a reader would type it out: in
// the order the document was written (columns one after the other, table rows whole), ligatures
// spelt out, and a word hyphenated at a line end joined again.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct PdfText {
  // The pages in order, each ending in a line break; a form feed ends every page but the last
  // (as pdftotext writes them), so that a page starts at the start of a line.
  std::string text;
  std::vector<std::size_t> page_starts;  // byte offset in `text` where each page starts
};

// The text layer of a PDF file. Nullopt, with `error` saying why, when the bytes are not a PDF
// poppler can open, the file is encrypted, or no page has any text (a scan with no text layer).
std::optional<PdfText> extract_pdf_text(std::string_view bytes, std::string& error);

// One page's text made readable: white space at line ends trimmed, ligatures (U+FB00–FB06)
// spelt out, and a word hyphenated at a line end ("govern-" / "ment") joined into one word. The
// hyphen is kept when it belongs to the word: between digits or before a capital ("Japan-" /
// "Vietnam", "2015-" / "2016"), or when the text never writes the word whole but writes it with
// its hyphen ("twenty-five") or both its halves as words ("five", "year"). The rest of the word
// moves up to the line it started on. (A whole PDF is tidied with the words of all its pages.)
std::string tidy_pdf_page(std::string_view page);

// True when `bytes` start like a PDF file ("%PDF-" within the first 1024 bytes, as readers allow).
bool looks_like_pdf(std::string_view bytes);

}  // namespace crosscheck
