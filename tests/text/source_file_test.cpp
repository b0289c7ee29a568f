#include "text/source_file.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

const std::string kBad = std::string(CROSSCHECK_SOURCE_DIR) + "/fixtures/bad-sources/";

// The one diagnostic a refused source must produce, as the user reads it.
std::string refusal(const std::string& path, const SourceLimits& limits = {}) {
  DiagnosticSink sink;
  auto source = load_source(path, sink, limits);
  EXPECT_EQ(source, nullptr) << path;
  EXPECT_EQ(sink.diagnostics().size(), 1u) << path;
  return sink.diagnostics().empty() ? "" : to_string(sink.diagnostics().front());
}

std::unique_ptr<SourceFile> html_source(std::string bytes) {
  DiagnosticSink sink;
  auto source = make_source("in.html", std::move(bytes), SourceFormat::html, sink);
  EXPECT_FALSE(sink.has_errors());
  return source;
}

TEST(LoadSource, RefusesAMissingFile) {
  EXPECT_EQ(refusal(kBad + "no-such-file.txt"), kBad + "no-such-file.txt: error: file not found");
}

TEST(LoadSource, RefusesADirectory) {
  EXPECT_EQ(refusal(kArticles), kArticles + ": error: is a directory, expected a file");
}

TEST(LoadSource, RefusesABinaryFileAtItsNulByte) {
  EXPECT_EQ(refusal(kBad + "binary-nul.txt"),
            kBad + "binary-nul.txt:2:3: error: binary file (NUL byte), expected UTF-8 text");
}

TEST(LoadSource, RefusesInvalidUtf8AtTheFirstBadByte) {
  EXPECT_EQ(refusal(kBad + "invalid-utf8.txt"),
            kBad + "invalid-utf8.txt:2:18: error: invalid UTF-8: byte 0xFF never appears in UTF-8");
  EXPECT_EQ(refusal(kBad + "truncated-utf8.txt"),
            kBad + "truncated-utf8.txt:2:3: error: invalid UTF-8: incomplete sequence: byte 0xC3 "
                   "must be followed by 1 continuation byte");
  EXPECT_EQ(refusal(kBad + "overlong-utf8.txt"),
            kBad + "overlong-utf8.txt:1:1: error: invalid UTF-8: overlong encoding (byte 0xC0)");
  EXPECT_EQ(refusal(kBad + "utf16.txt"),
            kBad + "utf16.txt:1:1: error: UTF-16 text is not supported, expected UTF-8");
}

TEST(LoadSource, RefusesAnOversizedFileWithoutReadingIt) {
  // A sparse 1 GB file: were it read, the test would take seconds and a gigabyte of memory.
  const fs::path dir = fs::temp_directory_path() / ("crosscheck-text-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::create_directories(dir);
  const std::string huge = (dir / "huge.txt").string();
  { std::ofstream(huge) << "x"; }
  fs::resize_file(huge, std::uintmax_t{1} << 30);
  EXPECT_EQ(refusal(huge), huge + ": error: file is too large: 1073741824 bytes, the limit is 67108864 bytes");
  fs::remove_all(dir);

  SourceLimits tiny;
  tiny.max_bytes = 10;
  EXPECT_EQ(refusal(kBad + "bom-crlf.txt", tiny),
            kBad + "bom-crlf.txt: error: file is too large: 71 bytes, the limit is 10 bytes");
  DiagnosticSink sink;
  EXPECT_EQ(make_source("stdin", "eleven byte", SourceFormat::text, sink, tiny), nullptr);
  EXPECT_EQ(to_string(sink.diagnostics().at(0)),
            "stdin: error: file is too large: 11 bytes, the limit is 10 bytes");
}

TEST(MakeSource, LocatesProblemsInBytesFromElsewhere) {
  DiagnosticSink sink;
  EXPECT_EQ(make_source("stdin", "line one\n\xE2\x80\x99ok\x80", SourceFormat::text, sink), nullptr);
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(to_string(sink.diagnostics()[0]),
            "stdin:2:4: error: invalid UTF-8: unexpected continuation byte 0x80");
}

TEST(LoadSource, LoadsASeedArticleAndGuessesItsFormat) {
  DiagnosticSink sink;
  auto source = load_source(kArticles + "csis-2015-09-party-chief-visit.txt", sink);
  ASSERT_NE(source, nullptr);
  EXPECT_FALSE(sink.has_errors());
  EXPECT_EQ(source->format(), SourceFormat::text);
  EXPECT_EQ(source->bytes().size(), 4251u);
  EXPECT_EQ(format_from_path("a/b.HTML"), SourceFormat::html);
  EXPECT_EQ(format_from_path("b.htm"), SourceFormat::html);
  EXPECT_EQ(format_from_path("notes.md"), SourceFormat::markdown);
  EXPECT_EQ(format_from_path("notes.txt"), SourceFormat::text);
  EXPECT_EQ(format_from_path("Makefile"), SourceFormat::text);
}

TEST(SourceFile, PlainIsAViewWhenThereIsNoMarkup) {
  DiagnosticSink sink;
  auto source = load_source(kArticles + "csis-2015-09-party-chief-visit.txt", sink);
  ASSERT_NE(source, nullptr);
  EXPECT_TRUE(source->plain_is_view());
  EXPECT_EQ(source->plain().data(), source->bytes().data());
  const std::size_t at = source->plain().find("$239 million");
  EXPECT_EQ(source->original_offset(at), at);
  const Location where = source->location(at);
  EXPECT_EQ(where.line, 11u);
  EXPECT_EQ(where.column, source->lines().line(11).find("$239") + 1);  // an ASCII line

  // '<' and '&' that are not markup leave the text alone too.
  auto maths = html_source("if a < b & c > d");
  EXPECT_TRUE(maths->plain_is_view());
}

TEST(SourceFile, SkipsAByteOrderMarkButKeepsFileOffsets) {
  DiagnosticSink sink;
  auto source = load_source(kBad + "bom-crlf.txt", sink);
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->bom_size(), 3u);
  EXPECT_TRUE(source->plain().starts_with("On September 15"));
  EXPECT_EQ(source->original_offset(0), 3u);
  const std::size_t at = source->plain().find("100 billion");
  EXPECT_EQ(source->bytes().substr(source->original_offset(at), 3), "100");
  const Location where = source->location(at);
  EXPECT_EQ(where.line, 1u);
  EXPECT_EQ(where.column, 33u);  // after "On September 15, Japan pledged “": the mark is no column
  const Location second = source->location(source->plain().find("Second"));
  EXPECT_EQ(second.line, 2u);
  EXPECT_EQ(second.column, 1u);
}

TEST(SourceFile, StripsTagsAndMapsEveryOffsetBack) {
  const std::string html = "<p>Japan <b>donated</b> six</p><p>used vessels</p>";
  auto source = html_source(html);
  EXPECT_FALSE(source->plain_is_view());
  EXPECT_EQ(source->plain(), "Japan donated six\nused vessels");
  // Every byte of the plain text maps back to the same byte of the file (but the line break,
  // which maps to the tag it stands for).
  const std::string_view plain = source->plain();
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const std::size_t original = source->original_offset(i);
    if (plain[i] == '\n') {
      EXPECT_EQ(html.substr(original, 4), "</p>");
    } else {
      EXPECT_EQ(html[original], plain[i]) << "plain offset " << i;
    }
  }
  const std::size_t six = plain.find("six");
  EXPECT_EQ(source->original_span({six, six + 3}), (Span{html.find("six"), html.find("six") + 3}));
  // A span over an inline tag keeps the tag inside; the tags around it stay out.
  const std::size_t donated = plain.find("donated");
  const Span original = source->original_span({plain.find("Japan"), donated + 7});
  EXPECT_EQ(html.substr(original.begin, original.size()), "Japan <b>donated");
  EXPECT_EQ(source->original_offset(plain.size()), html.size() - 4);  // before the last </p>
}

TEST(SourceFile, BlockTagsBreakLinesOnlyWhereNoSpaceIs) {
  EXPECT_EQ(html_source("a<br>b")->plain(), "a\nb");
  EXPECT_EQ(html_source("a<br />\nb")->plain(), "a\nb");
  EXPECT_EQ(html_source("a <br> b")->plain(), "a  b");
  EXPECT_EQ(html_source("<div><p>a</p>\n<p>b</p></div>")->plain(), "a\nb");
  EXPECT_EQ(html_source("<td>1</td><td>2</td>")->plain(), "1\n2");
  EXPECT_EQ(html_source("x<span>y</span>z")->plain(), "xyz");
  EXPECT_EQ(html_source("<H1>Title</H1>Text")->plain(), "Title\nText");
}

TEST(SourceFile, DropsScriptsStylesAndComments) {
  EXPECT_EQ(html_source("a<script type=\"x\">if (a<b) { x = '</p>'; }</SCRIPT>b")->plain(), "ab");
  EXPECT_EQ(html_source("a<style>p > b { color: red }</style>b")->plain(), "ab");
  EXPECT_EQ(html_source("a<!-- <p> a > b -->b")->plain(), "ab");
  EXPECT_EQ(html_source("a<!DOCTYPE html><?xml version=\"1.0\"?>b")->plain(), "ab");
  EXPECT_EQ(html_source("a<script>never closed")->plain(), "a");
}

TEST(SourceFile, LeavesWhatIsNotATagAlone) {
  EXPECT_EQ(html_source("1 < 2 and <3")->plain(), "1 < 2 and <3");
  EXPECT_EQ(html_source("a <b> c <d")->plain(), "a  c <d");
  EXPECT_EQ(html_source("x<y")->plain(), "x<y");
}

TEST(SourceFile, DecodesEntities) {
  auto source = html_source("Japan&rsquo;s &ldquo;aid&rdquo; &amp; loans &ndash; 5&nbsp;m&hellip; &#39;x&#x2019; "
                     "&lt;b&gt; &quot;q&quot; &#146; &unknown; &amp &#0; &#xD800; &shy;|");
  EXPECT_EQ(source->plain(), "Japan’s “aid” & loans – 5\u00a0m… 'x’ <b> \"q\" ’ &unknown; &amp &#0; &#xD800; |");
  const std::string_view plain = source->plain();
  const std::string_view bytes = source->bytes();
  // A decoded entity maps back to its '&', and a span ending in it ends after its ';'.
  const std::size_t apostrophe = plain.find("’");
  EXPECT_EQ(bytes.substr(source->original_offset(apostrophe), 7), "&rsquo;");
  const Span word = source->original_span({plain.find("Japan"), apostrophe + 3});
  EXPECT_EQ(bytes.substr(word.begin, word.size()), "Japan&rsquo;");
  EXPECT_EQ(bytes.substr(source->original_offset(plain.find("loans")), 5), "loans");
  EXPECT_EQ(named_entity("mdash"), U'\u2014');
  EXPECT_FALSE(named_entity("MDASH"));
}

TEST(SourceFile, HidesMarkdownSyntaxButNotLookAlikes) {
  const std::string markdown =
      "# Vessels\n\nJapan would **donate** six _used_ vessels ([source](https://x.example/a_b)).\n"
      "A footnote* and snake_case and 2 * 3 stay.\n> Quoted \\*literal\\* text\n![a chart](c.png)";
  DiagnosticSink sink;
  auto source = make_source("story.md", markdown, SourceFormat::markdown, sink);
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->plain(),
            "Vessels\n\nJapan would donate six used vessels (source).\n"
            "A footnote* and snake_case and 2 * 3 stay.\nQuoted *literal* text\na chart");
  const std::string_view plain = source->plain();
  for (const std::string_view word : {"donate", "used", "source", "footnote*", "chart"}) {
    const std::size_t at = plain.find(word);
    ASSERT_NE(at, std::string_view::npos) << word;
    const Span original = source->original_span({at, at + word.size()});
    EXPECT_EQ(source->bytes().substr(original.begin, original.size()), word);
  }
  // The same bytes as plain text keep their marks; emphasis does not cross a paragraph.
  auto as_text = make_source("story.txt", markdown, SourceFormat::text, sink);
  EXPECT_TRUE(as_text->plain_is_view());
  auto paragraphs = make_source("p.md", "*one\n\ntwo*", SourceFormat::markdown, sink);
  EXPECT_EQ(paragraphs->plain(), "*one\n\ntwo*");
}

TEST(SourceFile, LocatesPlainOffsetsInTheOriginalLines) {
  // The Thayer paper has a <br /> at every line end: the plain text has the same line breaks, but
  // the columns must be those of the file.
  DiagnosticSink sink;
  auto source = load_source(kArticles + "thayer-2016-proactive-international-integration.txt", sink);
  ASSERT_NE(source, nullptr);
  EXPECT_FALSE(source->plain_is_view());
  EXPECT_EQ(source->plain().find("<br"), std::string_view::npos);
  const std::size_t at = source->plain().find("six used patrol boats");
  ASSERT_NE(at, std::string_view::npos);
  const Location where = source->location(at);
  EXPECT_EQ(where.line, 425u);
  EXPECT_EQ(where.column, 23u);
  EXPECT_EQ(source->lines().line(425).substr(22, 21), "six used patrol boats");
  // Columns in code points: "Japan’s" (a 3-byte apostrophe) earlier on line 429.
  const std::size_t defence = source->plain().find("Japan’s Defence");
  const Location defence_at = source->location(defence + std::string_view("Japan’s ").size());
  EXPECT_EQ(defence_at.line, 429u);
  EXPECT_EQ(defence_at.column, source->lines().line(429).find("Defence") + 1 - 2);
}

// Text whose lines end in HTML line breaks (text copied out of a PDF or a web page) is HTML; one
// stray tag, or a tag inside a line, does not make it so.
TEST(SourceFile, TextWithHtmlLineBreaksIsHtml) {
  EXPECT_EQ(sniff_format("one<br />\ntwo<br/>\r\nthree<BR>\n\nfour\n", SourceFormat::text), SourceFormat::html);
  EXPECT_EQ(sniff_format("one <br />  \ntwo <br>\t\n", SourceFormat::text), SourceFormat::html);
  EXPECT_EQ(sniff_format("one<br />\ntwo\nthree\nfour\n", SourceFormat::text), SourceFormat::text);
  EXPECT_EQ(sniff_format("a <br /> b\nc <br> d\n", SourceFormat::text), SourceFormat::text);
  EXPECT_EQ(sniff_format("only<br />\n", SourceFormat::text), SourceFormat::text);
  EXPECT_EQ(sniff_format("x<bra>\ny<brr />\n", SourceFormat::text), SourceFormat::text);
  EXPECT_EQ(sniff_format("", SourceFormat::text), SourceFormat::text);
  // The extension wins for Markdown and HTML.
  EXPECT_EQ(sniff_format("one<br />\ntwo<br />\n", SourceFormat::markdown), SourceFormat::markdown);
  DiagnosticSink sink;
  auto seed = load_source(kArticles + "thayer-2016-proactive-international-integration.txt", sink);
  ASSERT_NE(seed, nullptr);
  EXPECT_EQ(seed->format(), SourceFormat::html);
  EXPECT_EQ(to_string(seed->format()), "html");
  auto plain = load_source(kArticles + "csis-2015-09-party-chief-visit.txt", sink);
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->format(), SourceFormat::text);
}

// The line a snippet shows is the plain text's: no <br /> at its end, entities decoded.
TEST(SourceFile, PlainLineHasNoTags) {
  auto source = html_source("<p>first line</p>\nIn 2015 Japan donated six boats<br />\nthe &amp; end");
  ASSERT_NE(source, nullptr);
  const std::string_view plain = source->plain();
  const std::size_t six = plain.find("six");
  const Span line = source->plain_line(six);
  EXPECT_EQ(plain.substr(line.begin, line.size()), "In 2015 Japan donated six boats");
  const Span last = source->plain_line(plain.find("end"));
  EXPECT_EQ(plain.substr(last.begin, last.size()), "the & end");
  const Span first = source->plain_line(0);
  EXPECT_EQ(plain.substr(first.begin, first.size()), "first line");
}

}  // namespace
}  // namespace crosscheck
