#include "lsp/outline.h"
#include "lsp/rule_schema.h"
#include "lsp/yaml_extent.h"

#include <gtest/gtest.h>

namespace crosscheck::lsp {
namespace {

using Path = std::vector<std::string>;

TEST(Outline, ReadsBlockKeysListItemsAndFlowMaps) {
  std::string text =
      "crosscheck: 1\n"
      "claims:\n"
      "  a:\n"
      "    about: |\n"
      "      not: a key\n"
      "    mentions:\n"
      "      - source: x\n"
      "        quote: \"q: 1\"\n"
      "  b:\n"
      "    mentions: {x: \"one, two\", y: {quote: z, figure: 2}}\n";
  Outline o(text);
  auto quote = o.find({"claims", "a", "mentions", "quote"});
  ASSERT_TRUE(quote);
  EXPECT_EQ(o.path(*quote), (Path{"claims", "a", "mentions", "-", "quote"}));
  EXPECT_FALSE(o.find({"claims", "a", "not"}));
  auto figure = o.find({"claims", "b", "mentions", "y", "figure"});
  ASSERT_TRUE(figure);
  EXPECT_EQ(o.keys()[*figure].line, 9u);
  auto x = o.find({"claims", "b", "mentions", "x"});
  ASSERT_TRUE(x);
  EXPECT_EQ(text.substr(o.keys()[*x].value_begin, o.keys()[*x].value_end - o.keys()[*x].value_begin), "\"one, two\"");
  EXPECT_EQ(o.children(o.find({"claims"})).size(), 2u);
}

TEST(Outline, SurvivesHalfTypedText) {
  for (std::string text : {"claims:\n  a:\n    mentions:\n      - sou", "{", "- - - :", "a: {b: {c: ", "\"x\": '", ":\n:\n"}) {
    Outline o(text);
    for (const OutlineKey& k : o.keys()) {
      EXPECT_LE(k.begin, k.end);
      EXPECT_LE(k.end, text.size());
      EXPECT_LE(k.value_end, text.size());
    }
  }
}

TEST(YamlExtent, KeysAndScalarsRunToTheirEnd) {
  std::string text = "  key: \"a \\\" b\" # c\n  other: plain text # note\n  f: {q: one, r: 'it''s'}";
  EXPECT_EQ(key_end(text, 2), 5u);
  std::size_t quoted = text.find('a');
  EXPECT_EQ(text.substr(quoted, scalar_end(text, quoted) - quoted), "a \\\" b");
  std::size_t plain = text.find("plain");
  EXPECT_EQ(text.substr(plain, scalar_end(text, plain) - plain), "plain text");
  std::size_t one = text.find("one");
  EXPECT_EQ(text.substr(one, scalar_end(text, one) - one), "one");
  std::size_t its = text.find("it''s");
  EXPECT_EQ(text.substr(its, scalar_end(text, its) - its), "it''s");
}

TEST(RuleSchema, WalksToTheKeysOfEachMap) {
  auto names = [](const Path& path) {
    std::vector<std::string> out;
    if (const auto* node = schema_at(path))
      for (const SchemaKey& k : schema_keys(*node)) out.push_back(k.name);
    return out;
  };
  auto top = names({});
  EXPECT_NE(std::find(top.begin(), top.end(), "claims"), top.end());
  auto claim = names({"claims", "any_id"});
  EXPECT_NE(std::find(claim.begin(), claim.end(), "mentions"), claim.end());
  auto item = names({"claims", "any_id", "mentions", "-"});
  EXPECT_NE(std::find(item.begin(), item.end(), "source"), item.end());
  auto mention = names({"claims", "any_id", "mentions", "csis"});
  EXPECT_NE(std::find(mention.begin(), mention.end(), "occurrence"), mention.end());
  EXPECT_EQ(std::find(mention.begin(), mention.end(), "source"), mention.end());
  auto severity = schema_values(*schema_at({"defaults", "severity"}));
  EXPECT_EQ(severity, (std::vector<std::string>{"error", "warning", "info"}));
  EXPECT_EQ(schema_at({"claims", "x", "no_such_key", "deeper"}), nullptr);
}

}  // namespace
}  // namespace crosscheck::lsp
