// Completion from the text alone, as it is being typed (no check has run).
#include "lsp/features.h"
#include "support/strings.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace crosscheck::lsp {
namespace {

// The labels offered where "|" is in `text`.
std::vector<std::string> complete(std::string text, std::vector<std::string> known_sources = {}) {
  std::size_t cursor = text.find('|');
  text.erase(cursor, 1);
  Document document{"file:///r.yaml", "/r.yaml", text, 1, false};
  FeatureContext context{document, nullptr, Encoding::utf16, std::move(known_sources), {}};
  std::vector<std::string> labels;
  nlohmann::json result = completion_at(context, cursor);
  for (const auto& item : result["items"]) labels.push_back(item["label"]);
  return labels;
}


constexpr const char* kHead =
    "crosscheck: 1\n"
    "sources:\n"
    "  csis: {path: a.txt}\n"
    "  diplomat:\n"
    "    path: b.txt\n";

TEST(Completion, TopLevelKeys) {
  auto labels = complete(std::string(kHead) + "cl|");
  EXPECT_TRUE(has(labels, "claims"));
  EXPECT_TRUE(has(labels, "defaults"));
  EXPECT_FALSE(has(labels, "quote"));
}

TEST(Completion, KeysOfASourceAndOfDefaults) {
  auto source = complete(std::string(kHead) + "    pub|\n");
  EXPECT_TRUE(has(source, "publisher"));
  EXPECT_TRUE(has(source, "primary"));
  auto defaults = complete(std::string(kHead) + "defaults:\n  |\n");
  EXPECT_TRUE(has(defaults, "tolerance"));
  EXPECT_TRUE(has(defaults, "currency"));
}

TEST(Completion, MentionKeysAreSourceIdsInAMapAndItemKeysInAList) {
  std::string claims = std::string(kHead) + "claims:\n  a:\n    mentions:\n";
  auto map = complete(claims + "      |\n");
  EXPECT_TRUE(has(map, "csis"));
  EXPECT_TRUE(has(map, "diplomat"));
  EXPECT_FALSE(has(map, "quote"));
  auto item = complete(claims + "      - |\n");
  EXPECT_TRUE(has(item, "source"));
  EXPECT_TRUE(has(item, "quote"));
  auto second_key = complete(claims + "      - source: csis\n        |\n");
  EXPECT_TRUE(has(second_key, "quote"));
  EXPECT_TRUE(has(second_key, "occurrence"));
  auto mention = complete(claims + "      csis:\n        |\n");
  EXPECT_TRUE(has(mention, "figure"));
  EXPECT_FALSE(has(mention, "source"));
}

TEST(Completion, SourceIdsAfterSourceAndInAFlowMap) {
  std::string claims = std::string(kHead) + "claims:\n  a:\n    mentions:\n";
  auto value = complete(claims + "      - source: |\n", {"jha"});
  EXPECT_TRUE(has(value, "csis"));
  EXPECT_TRUE(has(value, "jha"));  // from the last check, e.g. declared in an included file
  auto flow = complete(std::string(kHead) + "claims:\n  a:\n    mentions: {csis: \"x\", |}\n");
  EXPECT_TRUE(has(flow, "diplomat"));
  auto nested = complete(std::string(kHead) + "claims:\n  a:\n    mentions: {csis: {quote: \"x\", |}}\n");
  EXPECT_TRUE(has(nested, "figure"));
}

TEST(Completion, ClaimIdsInExpectAndEnumeratedValues) {
  std::string text = std::string(kHead) + "claims:\n  aid: {value: 3}\n  loan:\n    value: 4\nchecks:\n  c:\n    expect: aid + |\n";
  auto ids = complete(text);
  EXPECT_TRUE(has(ids, "aid"));
  EXPECT_TRUE(has(ids, "loan"));
  auto severity = complete(std::string(kHead) + "defaults:\n  severity: |\n");
  EXPECT_EQ(severity, (std::vector<std::string>{"error", "warning", "info"}));
}

TEST(Completion, NothingInAComment) {
  EXPECT_TRUE(complete(std::string(kHead) + "# cl|").empty());
}

}  // namespace
}  // namespace crosscheck::lsp
