#include "report_testing.h"
#include "support/strings.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::hostile_report;
using testing::render;

TEST(JunitWriter, OneTestcasePerCheckWithCounts) {
  std::string xml = render("junit", hostile_report());
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"crosscheck\" "
                              "tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"1\""));
  EXPECT_EQ(count(xml, "<testsuite "), 1u);
  EXPECT_NE(xml.find("<testsuite name=\"rules/hostile &lt;dir&gt;/rules.yaml\" tests=\"4\" failures=\"1\" "
                     "errors=\"1\" skipped=\"1\""),
            std::string::npos);
  EXPECT_EQ(count(xml, "<testcase "), 4u);
  EXPECT_NE(xml.find("<testcase classname=\"agree\" name=\"budget\""), std::string::npos);
  EXPECT_EQ(count(xml, "<failure "), 1u);
  EXPECT_EQ(count(xml, "<error "), 1u);  // unresolved
  EXPECT_EQ(count(xml, "<skipped "), 1u);  // waived
  EXPECT_NE(xml.find("name=\"visit\" file=\"rules/hostile &lt;dir&gt;/rules.yaml\" line=\"10\" time=\"0\"/>"),
            std::string::npos);  // a pass is an empty testcase
}

TEST(JunitWriter, HostileTextIsEscaped) {
  std::string xml = render("junit", hostile_report());
  // Outside CDATA every < starts our own markup.
  std::string outside;
  for (std::size_t at = 0; at < xml.size();) {
    std::size_t open = xml.find("<![CDATA[", at);
    outside += xml.substr(at, open == std::string::npos ? std::string::npos : open - at);
    if (open == std::string::npos) break;
    std::size_t close = xml.find("]]>", open);
    ASSERT_NE(close, std::string::npos);
    at = close + 3;
  }
  EXPECT_EQ(outside.find("<script"), std::string::npos);
  EXPECT_EQ(outside.find("<img"), std::string::npos);
  EXPECT_NE(outside.find("message=\"message &lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt; ]]&gt;"),
            std::string::npos);
  EXPECT_NE(outside.find("line&#10;break&#13;&#10;CRLF"), std::string::npos);
  // Inside CDATA the hostile ]]> is split; forbidden characters are replaced.
  EXPECT_NE(xml.find("</script> ]]]]><![CDATA[> %0A"), std::string::npos);
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_EQ(xml.find("\xEF\xBF\xBE"), std::string::npos);
  EXPECT_NE(xml.find("é 億 ✓"), std::string::npos);
}

// A real XML parser, when there is one (libxml2's xmllint, installed by scripts/setup.sh).
TEST(JunitWriter, WellFormedForAnXmlParser) {
  if (!testing::have_program("xmllint")) GTEST_SKIP() << "xmllint not installed (scripts/setup.sh installs it)";
  std::filesystem::path file = testing::artifact_dir() / "hostile.junit.xml";
  testing::write_text(file, render("junit", hostile_report()));
  std::string output;
  EXPECT_EQ(testing::run_command("xmllint --noout " + testing::shell_quote(file.string()), output), 0) << output;
  // And what the parser reads back is the text, not markup.
  EXPECT_EQ(testing::run_command("xmllint --xpath 'string(//testcase[@name=\"budget\"]/failure/@message)' " +
                                     testing::shell_quote(file.string()),
                                 output),
            0);
  EXPECT_TRUE(output.starts_with("message <script>window.__pwned=1;alert(1)</script> ]]> %0A")) << output;
}

}  // namespace
}  // namespace crosscheck
