// PDF sources: the text layer read page by page from PDFs the project makes (fixtures/pdf/,
// scripts/make-pdf-fixtures.sh), and the tidying of each page's lines.
#include "text/pdf_text.h"
#include "text/source_file.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace crosscheck {
namespace {

const std::string kPdf = std::string(CROSSCHECK_SOURCE_DIR) + "/fixtures/pdf/";

TEST(TidyPdfPage, JoinsWordsHyphenatedAtLineEnds) {
  EXPECT_EQ(tidy_pdf_page("the govern-\nment said 5 people\n"), "the government\nsaid 5 people\n");
  EXPECT_EQ(tidy_pdf_page("res-\ncue teams"), "rescue\nteams\n");
  // A word that is the whole next line leaves no blank line (a paragraph break) behind.
  EXPECT_EQ(tidy_pdf_page("a diffi-\ncult\nday"), "a difficult\nday\n");
  // Non-ASCII letters: Vietnamese and German words break too.
  EXPECT_EQ(tidy_pdf_page("tăng trư-\nởng nhanh"), "tăng trưởng\nnhanh\n");
  EXPECT_EQ(tidy_pdf_page("Bundes-\nregierung sagte"), "Bundesregierung\nsagte\n");
}

TEST(TidyPdfPage, KeepsHyphensThatBelongToTheWord) {
  EXPECT_EQ(tidy_pdf_page("the Japan-\nVietnam summit"), "the Japan-Vietnam\nsummit\n");
  EXPECT_EQ(tidy_pdf_page("in 2015-\n2016, then"), "in 2015-2016,\nthen\n");
  EXPECT_EQ(tidy_pdf_page("the G-\n7 met"), "the G-7\nmet\n");
  // A dash at a line end is no broken word.
  EXPECT_EQ(tidy_pdf_page("a list --\nmore"), "a list --\nmore\n");
  EXPECT_EQ(tidy_pdf_page("rates (-\n5%)"), "rates (-\n5%)\n");
  EXPECT_EQ(tidy_pdf_page("end -\nnext"), "end -\nnext\n");
  // The text writes the compound with its hyphen elsewhere, and never as one word.
  EXPECT_EQ(tidy_pdf_page("with twenty-\nfive countries; twenty-five in all"),
            "with twenty-five\ncountries; twenty-five in all\n");
  // ... but a word written whole elsewhere is joined whole.
  EXPECT_EQ(tidy_pdf_page("a co-\noperation, cooperation and co-operation"),
            "a cooperation,\ncooperation and co-operation\n");
}

TEST(TidyPdfPage, TrimsLinesAndSpellsOutLigatures) {
  EXPECT_EQ(tidy_pdf_page("of\xEF\xAC\x81\x63ial  \t\r\nﬂow\f\n\n\n"), "official\nflow\n");
  EXPECT_EQ(tidy_pdf_page(""), "");
}

TEST(PdfText, TwoColumnPageReadsColumnAfterColumn) {
  std::string error;
  auto pdf = extract_pdf_text(read_file(kPdf + "two-column.pdf"), error);
  ASSERT_TRUE(pdf) << error;
  ASSERT_EQ(pdf->page_starts.size(), 1u);
  const std::string& text = pdf->text;
  EXPECT_NE(text.find("rescue"), std::string::npos) << text;  // "res-" / "cue" joined
  EXPECT_EQ(text.find("res-"), std::string::npos) << text;
  // The first column ends before the second begins: its sentences stay whole.
  const std::size_t first = text.find("temporary housing."), second = text.find("In Hatay");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_NE(text.find("5,860\ndeaths had been recorded"), std::string::npos) << text;
}

TEST(PdfText, TableRowsStayWhole) {
  std::string error;
  auto pdf = extract_pdf_text(read_file(kPdf + "table.pdf"), error);
  ASSERT_TRUE(pdf) << error;
  EXPECT_NE(pdf->text.find("Province Deaths Injured\n"), std::string::npos) << pdf->text;
  EXPECT_NE(pdf->text.find("Adana 1,204 3,420\n"), std::string::npos) << pdf->text;
  // groff writes ş as s and a combining cedilla: the source's plain text is NFC.
  EXPECT_NE(pdf->text.find("Kahramanmaras\u0327 4,718 9,305\n"), std::string::npos) << pdf->text;
  DiagnosticSink sink;
  auto source = load_source(kPdf + "table.pdf", sink);
  ASSERT_NE(source, nullptr);
  const std::size_t row = source->plain().find("Kahramanmaraş 4,718 9,305\n");
  ASSERT_NE(row, std::string_view::npos) << source->plain();
  const Location where = source->location(row + std::string_view("Kahramanmaraş ").size());
  EXPECT_EQ(where.line, 7u);
  EXPECT_EQ(where.column, 16u);  // in code points of the extracted text: s and its cedilla are two
}

TEST(PdfText, RefusesWhatHasNoText) {
  std::string error;
  EXPECT_FALSE(extract_pdf_text(read_file(kPdf + "no-text-layer.pdf"), error));
  EXPECT_NE(error.find("no text layer"), std::string::npos) << error;
  EXPECT_FALSE(extract_pdf_text("plain text", error));
  EXPECT_NE(error.find("not a PDF"), std::string::npos) << error;
  EXPECT_FALSE(extract_pdf_text("%PDF-1.7\n garbage", error));
  EXPECT_FALSE(error.empty());
  const std::string two_column = read_file(kPdf + "two-column.pdf");
  EXPECT_FALSE(extract_pdf_text(two_column.substr(0, two_column.size() / 3), error));
}

TEST(PdfSource, LocatedByPageAndLine) {
  DiagnosticSink sink;
  const std::string path = kPdf + "thayer-2016-proactive-international-integration.pdf";
  auto source = load_source(path, sink);
  ASSERT_NE(source, nullptr) << (sink.diagnostics().empty() ? "" : to_string(sink.diagnostics().front()));
  EXPECT_EQ(source->format(), SourceFormat::pdf);
  EXPECT_EQ(source->file_bytes(), read_file(path));  // what the hash is of: the PDF itself
  EXPECT_GT(source->lines().line_count(), 100u);
  const std::string_view plain = source->plain();
  EXPECT_EQ(plain.find("<br"), std::string_view::npos);
  const std::size_t boats = plain.find("six used patrol boats");
  ASSERT_NE(boats, std::string_view::npos);
  const auto page = source->page_position(boats);
  ASSERT_TRUE(page);
  EXPECT_GT(page->page, 1u);
  // The line within the page: count the line breaks since the page's form feed.
  const std::size_t page_start = plain.rfind('\f', boats);
  ASSERT_NE(page_start, std::string_view::npos);
  std::size_t line = 1;
  for (std::size_t i = page_start + 2; i < boats; ++i) line += plain[i] == '\n';
  EXPECT_EQ(page->line, line);
  EXPECT_EQ(source->page_position(0)->page, 1u);
  EXPECT_EQ(source->page_position(0)->line, 1u);
  // Text sources have no pages.
  auto text = make_source("a.txt", "six boats", SourceFormat::text, sink);
  ASSERT_NE(text, nullptr);
  EXPECT_FALSE(text->page_position(0));
}

TEST(PdfSource, NoTextLayerIsRefusedWithAClearMessage) {
  DiagnosticSink sink;
  EXPECT_EQ(load_source(kPdf + "no-text-layer.pdf", sink), nullptr);
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_NE(to_string(sink.diagnostics().front()).find("no-text-layer.pdf: error: the PDF file has no text layer"),
            std::string::npos)
      << to_string(sink.diagnostics().front());
}

}  // namespace
}  // namespace crosscheck
