// Reading a YAML file defensively: nesting, UTF-8, binary, BOM, and positions of yaml-cpp's marks.
#include "load/rule_builder.h"
#include "load/yaml_file.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace crosscheck {
namespace {

using testing::lines;

TEST(FindExcessNesting, FlowBracketsCount) {
  EXPECT_FALSE(find_excess_nesting("a: [[[1]]]\n", 4));
  EXPECT_EQ(find_excess_nesting("a: [[[[1]]]]\n", 4), 6u);  // the map is one level, the 4th '[' the fifth
  // A line counts one block level even when a flow collection fills it: an over-estimate, on purpose.
  EXPECT_EQ(find_excess_nesting("{a: {b: {c: 1}}}", 3), 8u);
}

TEST(FindExcessNesting, BlockIndentationAndIndicatorsCount) {
  EXPECT_FALSE(find_excess_nesting("a:\n  b:\n    c: 1\n", 3));
  EXPECT_TRUE(find_excess_nesting("a:\n  b:\n    c:\n      d: 1\n", 3));
  EXPECT_FALSE(find_excess_nesting("- - x\n", 3));
  EXPECT_EQ(find_excess_nesting("- - - - x\n", 3), 4u);
  // Going back out frees the levels.
  EXPECT_FALSE(find_excess_nesting("a:\n  b:\n    c: 1\nd:\n  e:\n    f: 1\n", 3));
}

TEST(FindExcessNesting, BracketsInTextDoNotCount) {
  EXPECT_FALSE(find_excess_nesting("a: \"[[[[[[\"\nb: '{{{{{{'\n", 3));
  EXPECT_FALSE(find_excess_nesting("a: it's [[[[[[ here\n", 3));    // inside a plain scalar
  EXPECT_FALSE(find_excess_nesting("a: 1  # [[[[[[[[\n", 3));       // a comment
  EXPECT_FALSE(find_excess_nesting("a: |\n  [[[[[[[[\n  {{{{{{\nb: 1\n", 3));  // a block scalar
  EXPECT_FALSE(find_excess_nesting("a: \"x \\\" [[[[[[\"\n", 3));  // an escaped quote
  EXPECT_FALSE(find_excess_nesting("a: 'it''s [[[[[['\n", 3));
  EXPECT_TRUE(find_excess_nesting("a: |\n  x\nb: [[[[[[1]]]]]]\n", 3));  // the block scalar ended
}

TEST(FindInvalidUtf8, AcceptsUtf8AndFindsTheFirstBadByte) {
  EXPECT_FALSE(find_invalid_utf8("plain ASCII, Việt Nam, 日本, 𝄞"));
  EXPECT_EQ(find_invalid_utf8("caf\xe9 au lait"), 3u);       // Latin-1
  EXPECT_EQ(find_invalid_utf8("ab\xc0\xaf"), 2u);             // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xed\xa0\x80"), 0u);           // a UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("\xf4\x90\x80\x80"), 0u);       // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("ok \xe6\x97"), 3u);            // cut short
  EXPECT_EQ(find_invalid_utf8("\x80"), 0u);                   // a lone continuation byte
}

TEST(ParseYamlText, ByteOrderMarkIsSkipped) {
  DiagnosticSink sink;
  auto yaml = parse_yaml_text("bom.yaml", "\xEF\xBB\xBF" "a: 1\nb: x\n", sink);
  ASSERT_TRUE(yaml);
  EXPECT_EQ(yaml->at(yaml->root()["b"].Mark()).column, 4u);
  EXPECT_EQ(yaml->at(yaml->root()["b"].Mark()).line, 2u);
}

TEST(ParseYamlText, WindowsLineEndings) {
  DiagnosticSink sink;
  auto yaml = parse_yaml_text("crlf.yaml", "a: 1\r\nb: \"x\"\r\n", sink);
  ASSERT_TRUE(yaml);
  Location b = yaml->content_where(yaml->root()["b"], {});
  EXPECT_EQ(b.line, 2u);
  EXPECT_EQ(b.column, 5u);
}

TEST(ParseYamlText, MalformedYamlIsLocated) {
  DiagnosticSink sink;
  EXPECT_FALSE(parse_yaml_text("bad.yaml", "a: [1, 2\nb: 3\n", sink));
  EXPECT_EQ(lines(sink), std::vector<std::string>{"bad.yaml:2:2: error: malformed YAML: did not find expected ',' or ']' (while parsing a flow sequence at 1:4)"});
}

TEST(ParseYamlText, TabIndentationIsNamed) {
  DiagnosticSink sink;
  EXPECT_FALSE(parse_yaml_text("tab.yaml", "crosscheck: 1\nclaims:\n\ta: {value: 1}\n", sink));
  EXPECT_EQ(lines(sink), std::vector<std::string>{
                             "tab.yaml:3:1: error: malformed YAML: found character that cannot start any token (while scanning "
                             "for the next token) (a tab indents this line; YAML "
                             "indents with spaces)"});
}

TEST(ParseYamlText, DeepNestingNeverReachesTheParser) {
  for (std::string open : {"[", "{a: "}) {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += open;
    DiagnosticSink sink;
    EXPECT_FALSE(parse_yaml_text("deep.yaml", text, sink));
    EXPECT_EQ(sink.error_count(), 1u);
  }
}

TEST(ParseTolerance, PercentAmountOrExact) {
  auto relative = parse_tolerance("1%");
  ASSERT_TRUE(relative);
  EXPECT_EQ(relative->kind, Tolerance::Kind::relative);
  EXPECT_EQ(relative->amount, Number("0.01"));
  EXPECT_EQ(parse_tolerance(" 2.5 % ")->amount, Number("0.025"));
  auto absolute = parse_tolerance("0.5");
  ASSERT_TRUE(absolute);
  EXPECT_EQ(absolute->kind, Tolerance::Kind::absolute);
  EXPECT_EQ(absolute->amount, Number("0.5"));
  EXPECT_EQ(parse_tolerance("exact")->kind, Tolerance::Kind::exact);
  EXPECT_EQ(parse_tolerance("0")->kind, Tolerance::Kind::absolute);
  for (const char* bad : {"", "%", "-1%", "-0.5", "one percent", "1e-2", "exactly", "inf", "nan", "1%%"}) {
    EXPECT_FALSE(parse_tolerance(bad)) << bad;
  }
}

TEST(Suggest, NearestOrOneSwap) {
  constexpr std::array<std::string_view, 3> keys = {"title", "tolerance", "severity"};
  EXPECT_EQ(suggest("tolerence", keys), "tolerance");
  EXPECT_EQ(suggest("titel", keys), "title");
  EXPECT_EQ(suggest("sevreity", keys), "severity");
  EXPECT_FALSE(suggest("colour", keys));
}

TEST(IsSnakeCaseId, LowercaseLettersDigitsUnderscores) {
  EXPECT_TRUE(is_snake_case_id("hospital_oda"));
  EXPECT_TRUE(is_snake_case_id("vessels_2015"));
  EXPECT_TRUE(is_snake_case_id("a"));
  EXPECT_FALSE(is_snake_case_id(""));
  EXPECT_FALSE(is_snake_case_id("2015_vessels"));
  EXPECT_FALSE(is_snake_case_id("_x"));
  EXPECT_FALSE(is_snake_case_id("HospitalODA"));
  EXPECT_FALSE(is_snake_case_id("conversion-pairs"));
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(Shown, OneLineAndShort) {
  EXPECT_EQ(shown("2015-13-01"), "2015-13-01");
  EXPECT_EQ(shown("a\nb\tc\x01"), "a\\nb\\tc\\x01");
  EXPECT_EQ(shown(std::string(50, 'x')), std::string(40, 'x') + "...");
  // Cut between characters, never inside one.
  std::string vietnamese;
  for (int i = 0; i < 45; ++i) vietnamese += "ệ";
  std::string cut;
  for (int i = 0; i < 40; ++i) cut += "ệ";
  EXPECT_EQ(shown(vietnamese), cut + "...");
}

}  // namespace
}  // namespace crosscheck
