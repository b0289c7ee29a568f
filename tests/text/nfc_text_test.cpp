#include "text/nfc_text.h"
#include "text/quote_finder.h"
#include "text/source_file.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

std::unique_ptr<SourceFile> make(std::string bytes, SourceFormat format = SourceFormat::text) {
  DiagnosticSink sink;
  auto source = make_source("in.txt", std::move(bytes), format, sink);
  EXPECT_FALSE(sink.has_errors());
  return source;
}

std::string_view original(const SourceFile& source, Span plain) {
  const Span span = source.original_span(plain);
  return source.bytes().substr(span.begin, span.size());
}

// Decomposed forms written out, so that no editor can compose them behind the test's back.
const std::string kVietNfd = "Vie\u0323\u0302t Nam";  // ệ = e + dot below + circumflex
const std::string kVietNfc = "Vi\u1ec7t Nam";

TEST(Nfc, QuickCheckSaysWhatIsAlreadyComposed) {
  EXPECT_TRUE(is_nfc(""));
  EXPECT_TRUE(is_nfc("286 million yen"));
  EXPECT_TRUE(is_nfc(kVietNfc));
  EXPECT_TRUE(is_nfc("\u2462\uff12\uff18\uff16\u5104\u5186"));  // full-width and kanji: NFC leaves them
  EXPECT_FALSE(is_nfc(kVietNfd));
  EXPECT_FALSE(is_nfc("cafe\u0301"));
  EXPECT_FALSE(is_nfc("\u1100\u1161\u11a8"));  // Hangul jamo that compose to one syllable
  EXPECT_FALSE(is_nfc("\u212b"));              // the ångström sign, a singleton that becomes Å
}

TEST(Nfc, NormalisesAndMapsEveryChangedRunToItsOriginalBytes) {
  const auto out = normalise_nfc(kVietNfd);
  ASSERT_TRUE(out);
  EXPECT_EQ(out->text, kVietNfc);
  // "Vi" verbatim, "ệ" from the five bytes "e\u0323\u0302", "t Nam" verbatim.
  ASSERT_EQ(out->segments.size(), 3u);
  EXPECT_TRUE(out->segments[0].verbatim);
  EXPECT_FALSE(out->segments[1].verbatim);
  EXPECT_EQ(out->segments[1].plain, 2u);
  EXPECT_EQ(out->segments[1].original, 2u);
  EXPECT_EQ(out->segments[1].original_end, 2u + 1 + 2 + 2);
  EXPECT_TRUE(out->segments[2].verbatim);
  EXPECT_EQ(out->segments[2].plain, 5u);
  EXPECT_EQ(out->segments[2].original, 7u);
  EXPECT_FALSE(normalise_nfc(kVietNfc));  // nothing to do, nothing copied
}

TEST(Nfc, MarksInAnyOrderComposeToOneLetter) {
  // Canonical ordering puts the dot below (class 220) before the circumflex (230).
  EXPECT_EQ(to_nfc("Vie\u0302\u0323t"), "Vi\u1ec7t");
  EXPECT_EQ(to_nfc("Vi\u00ea\u0323t"), "Vi\u1ec7t");  // half composed
  EXPECT_EQ(to_nfc("\u212b"), "\u00c5");
  EXPECT_EQ(to_nfc("bad \xff byte"), "bad \xff byte");  // invalid UTF-8 is left as it is
}

TEST(SourceFile, ReadsNfdTextAsNfcWithOffsetsInTheOriginalBytes) {
  const std::string bytes = "Tha\u0300nh pho\u0302\u0301: 12,5 ty\u0309 ye\u0302n\nhe\u0323\u0302 tho\u0302\u0301ng 3.500 chie\u0302\u0301c";
  auto source = make(bytes);
  EXPECT_TRUE(source->normalised());
  EXPECT_FALSE(source->plain_is_view());
  const std::string_view plain = source->plain();
  EXPECT_EQ(plain, "Th\u00e0nh ph\u1ed1: 12,5 t\u1ef7 y\u00ean\nh\u1ec7 th\u1ed1ng 3.500 chi\u1ebfc");
  // A figure's span maps to its own bytes, its decomposed letters whole.
  const std::size_t figure = plain.find("12,5");
  const std::size_t figure_end = plain.find("\n");
  EXPECT_EQ(original(*source, {figure, figure_end}), "12,5 ty\u0309 ye\u0302n");
  EXPECT_EQ(original(*source, {plain.find("3.500"), plain.size()}), "3.500 chie\u0302\u0301c");
  // Line and column count the code points of the original line.
  const Location at = source->location(plain.find("3.500"));
  EXPECT_EQ(at.line, 2u);
  EXPECT_EQ(at.column, 14u);  // "he\u0323\u0302 tho\u0302\u0301ng " is 13 code points
  const Location first = source->location(figure);
  EXPECT_EQ(first.line, 1u);
  EXPECT_EQ(first.column, 15u);  // "Tha\u0300nh pho\u0302\u0301: " is 14
  // Offsets inside a composed letter map to its first byte; the end maps past its marks.
  const std::size_t e = plain.find("\u1ec7");
  EXPECT_EQ(source->original_offset(e + 1), bytes.find("he\u0323") + 1);
  EXPECT_EQ(original(*source, {e, e + 3}), "e\u0323\u0302");
  EXPECT_EQ(original(*source, {e + 1, e + 2}), "e\u0323\u0302");
  EXPECT_EQ(source->original_offset(plain.size()), bytes.size());
}

TEST(SourceFile, CombiningMarksAtTheEdges) {
  // A mark with no letter before it stays as it is; one at the very end composes with its letter.
  auto source = make("\u0301 cafe\u0301");
  EXPECT_EQ(source->plain(), "\u0301 caf\u00e9");
  EXPECT_EQ(source->original_offset(0), 0u);
  EXPECT_EQ(original(*source, {3, source->plain().size()}), "cafe\u0301");
  // A mark on the other side of a tag composes with the letter before the tag; the span covers both.
  auto html = make("<p>cafe<b>\u0301</b> 5 &euro;</p>", SourceFormat::html);
  const std::string_view plain = html->plain();
  EXPECT_NE(plain.find("caf\u00e9"), std::string_view::npos);
  const std::size_t e = plain.find("\u00e9");
  EXPECT_EQ(original(*html, {e, e + 2}), "e<b>\u0301");
  const std::size_t euro = plain.find("\u20ac");
  EXPECT_EQ(original(*html, {plain.find("5"), euro + 3}), "5 &euro;");
  // A mark from an entity composes too.
  auto entity = make("<p>cafe&#x301; 5</p>", SourceFormat::html);
  EXPECT_NE(entity->plain().find("caf\u00e9 5"), std::string_view::npos);
  const std::size_t five = entity->plain().find('5');
  EXPECT_EQ(entity->bytes().substr(entity->original_offset(five), 1), "5");
}

TEST(SourceFile, HangulJamoComposeAndFullWidthFormsStay) {
  auto hangul = make("\u1100\u1161\u11a8 12\uc5b5");  // 각 in jamo, then 12억
  EXPECT_EQ(hangul->plain(), "\uac01 12\uc5b5");
  EXPECT_EQ(original(*hangul, {0, 3}), "\u1100\u1161\u11a8");
  EXPECT_EQ(hangul->location(hangul->plain().find("12")).column, 5u);
  // NFC is not NFKC: full-width digits, ％ and the ideographic space are text as written.
  auto wide = make("\u7d04\uff12\uff0c\uff10\uff10\uff10\u5104\u5186\u3000\uff14\uff05");
  EXPECT_TRUE(wide->plain_is_view());
  EXPECT_FALSE(wide->normalised());
}

TEST(SourceFile, OffsetsStayOrderedOverMadeUpDecomposedText) {
  // Every offset of plain() maps forward, never back, and within the original bytes.
  const std::string bytes =
      "A\u0308rger u\u0308ber 2,5 Mrd. \u20ac; 86 milliards d\u2019euros e\u0301te\u0301; "
      "\u1100\u1161 \u1112\u1161\u11ab; o\u031b\u0300 \u01a1\u0300 a\u0306\u0301 x\u0323\u0308";
  auto source = make(bytes);
  std::size_t previous = 0;
  for (std::size_t i = 0; i <= source->plain().size(); ++i) {
    const std::size_t at = source->original_offset(i);
    EXPECT_GE(at, previous) << i;
    EXPECT_LE(at, bytes.size()) << i;
    previous = at;
  }
  EXPECT_EQ(original(*source, {0, source->plain().size()}), bytes);
}

TEST(QuoteIndex, FindsQuotesWhateverTheirNormalForm) {
  auto nfd = make("Chi\u0301nh phu\u0309 Nha\u0323\u0302t Ba\u0309n cho vay 12,5 ty\u0309 ye\u0302n.\n");
  const QuoteIndex index(*nfd);
  const std::string typed = "Ch\u00ednh ph\u1ee7 Nh\u1eadt B\u1ea3n cho vay 12,5 t\u1ef7 y\u00ean";
  const QuoteSearch found = index.find(typed);
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(original(*nfd, found.matches[0]),
            "Chi\u0301nh phu\u0309 Nha\u0323\u0302t Ba\u0309n cho vay 12,5 ty\u0309 ye\u0302n");

  auto nfc = make("Ch\u00ednh ph\u1ee7 Nh\u1eadt B\u1ea3n cho vay 12,5 t\u1ef7 y\u00ean.");
  const QuoteIndex composed(*nfc);
  EXPECT_EQ(composed.find("cho vay 12,5 ty\u0309 ye\u0302n").matches.size(), 1u);
  EXPECT_EQ(composed.find("Nha\u0302\u0323t Ba\u0309n").matches.size(), 1u);  // marks out of order
}

TEST(QuoteIndex, TheClosestPassageIsNeverWhatWasAsked) {
  // A quote that is not there, typed decomposed or composed over a text stored either way: the
  // passage offered in its place must differ from it, byte for byte.
  const std::string stored[] = {"Nha\u0323\u0302t Ba\u0309n cho vay 12,5 ty\u0309 ye\u0302n cho d\u01b0\u0323 a\u0301n.",
                                "Nh\u1eadt B\u1ea3n cho vay 12,5 t\u1ef7 y\u00ean cho d\u1ef1 \u00e1n."};
  const std::string asked[] = {"cho vay 21,5 t\u1ef7 y\u00ean cho d\u1ef1 \u00e1n",
                               "cho vay 21,5 ty\u0309 ye\u0302n cho d\u01b0\u0323 a\u0301n",
                               "cho vay 12,5 t\u1ef7 y\u00ean cho d\u1ef1 \u00e1n m\u1edbi"};
  for (const std::string& text : stored) {
    auto source = make(text);
    const QuoteIndex index(*source);
    for (const std::string& quote : asked) {
      const QuoteSearch found = index.find(quote);
      ASSERT_TRUE(found.matches.empty()) << quote;
      ASSERT_FALSE(found.closest_text.empty()) << quote;
      EXPECT_NE(found.closest_text, quote);
      EXPECT_NE(normalise_for_quotes(found.closest_text), normalise_for_quotes(quote));
    }
  }
}

TEST(NormaliseForQuotes, ComposesFirst) {
  EXPECT_EQ(normalise_for_quotes(kVietNfd + "  \u2019"), kVietNfc + " '");
}

}  // namespace
}  // namespace crosscheck
