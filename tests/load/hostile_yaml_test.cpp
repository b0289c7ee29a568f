// Inputs on which yaml-cpp 0.7 loops forever (upstream issue 1040: a ',' where a document's node
// should start): refused by the syntax pass before yaml-cpp sees them, with a located message.
#include "load/yaml_file.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

using testing::lines;

TEST(HostileYaml, CommaThatStartsADocumentIsRefusedAndLocated) {
  const std::pair<std::string, std::string> cases[] = {
      {",", "x.yaml:1:1: "},
      {", a", "x.yaml:1:1: "},
      {"&a ,", "x.yaml:1:4: "},
      {"!t ,", "x.yaml:1:4: "},
      {"---\n,", "x.yaml:2:1: "},
      {"crosscheck: 1\n---\n,\n", "x.yaml:3:1: "},
  };
  for (const auto& [text, where] : cases) {
    DiagnosticSink sink;
    EXPECT_FALSE(parse_yaml_text("x.yaml", text, sink)) << text;
    ASSERT_EQ(sink.error_count(), 1u) << text;
    EXPECT_TRUE(lines(sink)[0].starts_with(where + "error: malformed YAML: ")) << lines(sink)[0];
  }
}

// libyaml reads a line starting with an anchor or a tag as more of the plain scalar above it;
// yaml-cpp starts a new document there, and with a ',' after the anchor it began empty documents
// forever (found by fuzzing). Its documents are counted first, so this ends as any second one does.
TEST(HostileYaml, AnchorAndCommaOnALineOfTheirOwnEndAsASecondDocument) {
  for (const std::string text : {"&a x\n&b, y\n", "&a x\n&b ,\n", "&s h\n&#, s0 h\n&# ", "k: &a x\n&b, y\n",
                                 "&a x\n!t, y\n"}) {
    DiagnosticSink sink;
    EXPECT_FALSE(parse_yaml_text("x.yaml", text, sink)) << text;
    ASSERT_EQ(sink.error_count(), 1u) << text;
    EXPECT_TRUE(lines(sink)[0].starts_with("x.yaml:2:")) << lines(sink)[0];
  }
}

TEST(HostileYaml, SyntaxPassNamesTheProblemAndItsContext) {
  auto error = find_yaml_syntax_error("a: [1, 2\nb: 3\n");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 2u);
  EXPECT_NE(error->message.find("flow sequence"), std::string::npos) << error->message;
  EXPECT_NE(error->message.find("1:4"), std::string::npos) << error->message;  // where it began
  EXPECT_FALSE(find_yaml_syntax_error("a: [1, 2]\nb: {c: 3}\n"));
  EXPECT_FALSE(find_yaml_syntax_error(""));
  EXPECT_FALSE(find_yaml_syntax_error("# only a comment\n"));
}

TEST(HostileYaml, ControlCharacterIsLocatedByItsByte) {
  DiagnosticSink sink;
  EXPECT_FALSE(parse_yaml_text("x.yaml", "a: 1\nb: x\x01y\n", sink));
  ASSERT_EQ(sink.error_count(), 1u);
  EXPECT_TRUE(lines(sink)[0].starts_with("x.yaml:2:5: error: malformed YAML: ")) << lines(sink)[0];
}

// Many aliases of a large node are events, not copies, to the syntax pass: it stays linear.
TEST(HostileYaml, AliasesAreNotExpandedBySyntaxPass) {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 0; i < 20000; ++i) text += "k" + std::to_string(i) + ": [*a, *a, *a, *a]\n";
  EXPECT_FALSE(find_yaml_syntax_error(text));
}

}  // namespace
}  // namespace crosscheck
