// Mangled rule files never crash the loader or escape as exceptions: each ends in errors or a model.
#include "load/rule_builder.h"
#include "load/yaml_file.h"
#include "test_support.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

namespace crosscheck {
namespace {

class Robustness : public testing::FromSourceDir {};

TEST_F(Robustness, MutatedRuleFilesGiveErrorsNotCrashes) {
  const std::string original = read_file("tests/load/data/full-forms.yaml") + read_file("tests/load/data/summit.yaml");
  ASSERT_FALSE(original.empty());
  // Bytes that matter to YAML, to the checks before it, and to UTF-8.
  const std::string alphabet = "{}[]:-?,'\"|>&*!#%@` \t\n\r\\x0\xC3\xA9\xFF";
  std::mt19937 random(20150915);  // fixed: the same cases on every run
  std::size_t loaded = 0, refused = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text = original;
    int edits = 1 + static_cast<int>(random() % 8);
    for (int e = 0; e < edits; ++e) {
      std::size_t at = random() % text.size();
      char c = alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0: text[at] = c; break;
        case 1: text.insert(at, 1, c); break;
        default: text.erase(at, 1 + random() % 20); break;
      }
      if (text.empty()) text = "x";
    }
    DiagnosticSink sink;
    ASSERT_NO_THROW({
      auto yaml = parse_yaml_text("mutated.yaml", text, sink);
      if (yaml) build_rule_fragment(*yaml, sink);
    }) << text;
    (sink.has_errors() ? refused : loaded) += 1;
    for (const Diagnostic& d : sink.diagnostics()) {
      EXPECT_EQ(d.where.file, "mutated.yaml");
      EXPECT_FALSE(d.message.empty());
    }
  }
  EXPECT_GT(refused, 0u);
}

}  // namespace
}  // namespace crosscheck
