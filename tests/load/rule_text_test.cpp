// A rule file loaded from text held in memory (an editor's unsaved buffer): the text is read, not
// the file, while its includes still come from disk relative to it.
#include "load/rule_loader.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

const std::string kRulePath = std::string(CROSSCHECK_SOURCE_DIR) + "/rules/vietnam-japan-2015.yaml";

TEST(LoadRuleText, ReadsTheTextAndIncludesFromDisk) {
  DiagnosticSink sink;
  auto rules = load_rule_text(kRulePath,
                              "crosscheck: 1\ninclude: [sources.yaml]\nclaims:\n  aid:\n    mentions: {csis: \"q\"}\n", sink);
  ASSERT_TRUE(rules) << (sink.diagnostics().empty() ? "" : to_string(sink.diagnostics()[0]));
  ASSERT_EQ(rules->claims.size(), 1u);
  EXPECT_EQ(rules->claims[0].id, "aid");
  EXPECT_EQ(rules->claims[0].where.file, kRulePath);
  EXPECT_EQ(rules->claims[0].where.line, 4u);
  EXPECT_FALSE(rules->sources.empty());  // from rules/sources.yaml
}

TEST(LoadRuleText, LocatesErrorsInTheText) {
  DiagnosticSink sink;
  EXPECT_FALSE(load_rule_text(kRulePath, "crosscheck: 1\ntitel: x\n", sink));
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(to_string(sink.diagnostics()[0]),
            kRulePath + ":2:1: error: unknown key 'titel'; did you mean 'title'?");
}

}  // namespace
}  // namespace crosscheck
