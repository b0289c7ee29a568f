#include "text/quote_finder.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <string>

namespace crosscheck {
namespace {


std::unique_ptr<SourceFile> article(const std::string& name) {
  DiagnosticSink sink;
  auto source = load_source(kArticles + name, sink);
  EXPECT_NE(source, nullptr) << name;
  return source;
}

std::unique_ptr<SourceFile> text(std::string bytes, SourceFormat format = SourceFormat::text) {
  DiagnosticSink sink;
  auto source = make_source("article.txt", std::move(bytes), format, sink);
  EXPECT_NE(source, nullptr);
  return source;
}

std::string_view in(const SourceFile& source, Span span) { return source.plain().substr(span.begin, span.size()); }

TEST(NormaliseForQuotes, FoldsSpaceAndQuoteMarks) {
  EXPECT_EQ(normalise_for_quotes("a \t\n\r\n b\u00a0\u00a0c\u2009d"), "a b c d");
  EXPECT_EQ(normalise_for_quotes("\u2018x\u2019 \u201ay\u201b \u2032"), "'x' 'y' '");
  EXPECT_EQ(normalise_for_quotes("\u201cq\u201d \u201eq\u201f \u2033"), "\"q\" \"q\" \"");
  EXPECT_EQ(normalise_for_quotes("co\u00adop\u200Beration"), "cooperation");
  EXPECT_EQ(normalise_for_quotes("Case Stays"), "Case Stays");
  EXPECT_EQ(normalise_for_quotes("Vi\u1ec7t Nam 286\u5104"), "Vi\u1ec7t Nam 286\u5104");
}

TEST(QuoteIndex, FindsAQuoteInAPlainArticle) {
  auto source = article("diplomat-2015-09-vietnam-japan-partnership.txt");
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("donate six used vessels");
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(in(*source, found.matches[0]), "donate six used vessels");
  EXPECT_EQ(source->location(found.matches[0].begin).line, 17u);
  EXPECT_TRUE(found.closest.empty());
  EXPECT_TRUE(found.closest_text.empty());
}

TEST(QuoteIndex, MatchesAcrossBrTagsAndLineBreaks) {
  auto source = article("thayer-2016-proactive-international-integration.txt");
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("donated six used patrol boats to the Vietnam Coast Guard");
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(in(*source, found.matches[0]), "donated six used patrol boats\nto the Vietnam Coast Guard");
  const Span original = source->original_span(found.matches[0]);
  EXPECT_EQ(source->bytes().substr(original.begin, original.size()),
            "donated six used patrol boats<br />\nto the Vietnam Coast Guard");
  const Location where = source->location(found.matches[0].begin);
  EXPECT_EQ(where.line, 425u);
  EXPECT_EQ(where.column, 15u);
  const Location end = source->location(found.matches[0].end);
  EXPECT_EQ(end.line, 426u);
  EXPECT_EQ(end.column, 27u);

  ASSERT_EQ(index.find("In 2015 Japan donated six used patrol boats").matches.size(), 1u);
  // Line breaks, tabs and runs of spaces in the quote are one space too.
  EXPECT_EQ(index.find("  patrol   boats\n\tto the  ").matches.size(), 1u);
}

TEST(QuoteIndex, StraightAndCurlyQuotesAreEqual) {
  auto source = article("diplomat-2015-09-vietnam-japan-partnership.txt");
  const QuoteIndex index(*source);
  const QuoteSearch apostrophe = index.find("strengthening Vietnam's maritime law enforcement");
  ASSERT_EQ(apostrophe.matches.size(), 1u);
  EXPECT_EQ(in(*source, apostrophe.matches[0]), "strengthening Vietnam’s maritime law enforcement");
  const QuoteSearch marks = index.find("provide $110 billion to promote \"quality\"");
  ASSERT_EQ(marks.matches.size(), 1u);
  // The span ends after the whole three-byte closing mark.
  EXPECT_EQ(in(*source, marks.matches[0]), "provide $110 billion to promote “quality”");

  // And the other way round: curly quote, straight source.
  auto straight = text("He said \"six\" and it's done");
  EXPECT_EQ(QuoteIndex(*straight).find("said “six” and it’s").matches.size(), 1u);
}

TEST(QuoteIndex, MatchesAcrossCrLfAfterAByteOrderMark) {
  DiagnosticSink sink;
  // A path joined, not two strings added: GCC 12 at -O2 warns falsely on the latter (-Warray-bounds).
  const std::filesystem::path path = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "fixtures/bad-sources/bom-crlf.txt";
  auto source = load_source(path.string(), sink);
  ASSERT_NE(source, nullptr);
  const QuoteSearch found = QuoteIndex(*source).find("pledged \"100 billion yen\". Second line");
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(in(*source, found.matches[0]), "pledged “100 billion yen”.\r\nSecond line");
  const Location where = source->location(found.matches[0].begin);
  EXPECT_EQ(where.line, 1u);
  EXPECT_EQ(where.column, 24u);
}

TEST(QuoteIndex, TagsAndEntitiesAreTransparent) {
  auto source = text("<p>Japan would <b>donate</b>&nbsp;six used vessels &amp; two&nbsp;more</p>",
                     SourceFormat::html);
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("donate six used vessels & two more");
  ASSERT_EQ(found.matches.size(), 1u);
  const Span original = source->original_span(found.matches[0]);
  EXPECT_EQ(source->bytes().substr(original.begin, original.size()),
            "donate</b>&nbsp;six used vessels &amp; two&nbsp;more");
  // A quote copied from the page source, markup and all.
  EXPECT_EQ(index.find("<b>donate</b>&nbsp;six used").matches.size(), 1u);
}

TEST(QuoteIndex, MarkdownEmphasisIsTransparent) {
  auto source = text("Tokyo would *donate* **six** used\nvessels.", SourceFormat::markdown);
  const QuoteSearch found = QuoteIndex(*source).find("donate six used vessels");
  ASSERT_EQ(found.matches.size(), 1u);
  const Span original = source->original_span(found.matches[0]);
  EXPECT_EQ(source->bytes().substr(original.begin, original.size()), "donate* **six** used\nvessels");
}

TEST(QuoteIndex, CaseIsSignificant) {
  auto source = article("diplomat-2015-09-vietnam-japan-partnership.txt");
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("Donate Six Used Vessels");
  EXPECT_TRUE(found.matches.empty());
  EXPECT_EQ(found.closest_text, "donate six used vessels");
}

TEST(QuoteIndex, ReturnsEveryOccurrenceInOrder) {
  auto source = article("csis-2015-09-party-chief-visit.txt");
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("Vietnam");
  std::size_t expected = 0;
  for (std::size_t at = source->plain().find("Vietnam"); at != std::string_view::npos;
       at = source->plain().find("Vietnam", at + 1))
    ++expected;
  ASSERT_GT(expected, 5u);
  ASSERT_EQ(found.matches.size(), expected);
  for (std::size_t i = 0; i < found.matches.size(); ++i) {
    EXPECT_EQ(in(*source, found.matches[i]), "Vietnam");
    if (i > 0) {
      EXPECT_LT(found.matches[i - 1].begin, found.matches[i].begin);
    }
  }
  auto twice = text("six used vessels, then six used\nvessels again");
  const QuoteSearch both = QuoteIndex(*twice).find("six used vessels");
  ASSERT_EQ(both.matches.size(), 2u);
  EXPECT_EQ(both.matches[1], (Span{23, 39}));
}

TEST(QuoteIndex, NamesTheClosestPassageOfAnEditedArticle) {
  // The article now says "ships" where the rule file quotes "vessels".
  auto edited = text("In August 2014 Tokyo said it would donate six used ships to Hanoi.\n"
                     "Later it would donate two additional used ships.");
  const QuoteIndex index(*edited);
  const QuoteSearch found = index.find("would donate six used vessels");
  EXPECT_TRUE(found.matches.empty());
  EXPECT_EQ(found.closest_text, "would donate six used ships");
  EXPECT_EQ(in(*edited, found.closest), "would donate six used ships");
  EXPECT_EQ(index.find("six used vessels").closest_text, "six used ships");
  EXPECT_EQ(index.find("donate two additional used vessels").closest_text,
            "donate two additional used ships");
}

TEST(QuoteIndex, ClosestPassageInARealArticleSpansLines) {
  auto source = article("thayer-2016-proactive-international-integration.txt");
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("Japan donated six used patrol ships to the Vietnam Coast Guard");
  EXPECT_TRUE(found.matches.empty());
  EXPECT_EQ(found.closest_text, "Japan donated six used patrol boats to the Vietnam Coast Guard");
  EXPECT_EQ(source->location(found.closest.begin).line, 425u);
}

TEST(QuoteIndex, NoClosestPassageWhenNothingIsAlike) {
  auto source = article("csis-2015-09-party-chief-visit.txt");
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("zebras quantum gravity");
  EXPECT_TRUE(found.matches.empty());
  EXPECT_TRUE(found.closest.empty());
  EXPECT_TRUE(found.closest_text.empty());
  EXPECT_TRUE(index.find("").matches.empty());
  EXPECT_TRUE(index.find("   \n ").matches.empty());
}

TEST(QuoteIndex, WorksOnNonLatinScripts) {
  auto source = text("日本は286億円の政府開発援助を供与する。Việt Nam nhận 100 tỷ yên.");
  const QuoteIndex index(*source);
  const QuoteSearch found = index.find("286億円");
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(source->location(found.matches[0].begin).column, 4u);
  EXPECT_EQ(index.find("Việt Nam nhận 100 tỷ yên").matches.size(), 1u);
  // Each ideograph is a word: the passage is found though the figure differs.
  EXPECT_TRUE(index.find("28.6億円の政府開発援助").closest_text.ends_with("286億円の政府開発援助"));
}

}  // namespace
}  // namespace crosscheck
