#include "lsp/framing.h"

#include <gtest/gtest.h>

namespace crosscheck::lsp {
namespace {

TEST(MessageReader, CutsMessagesFedInAnyPieces) {
  std::string stream = frame(R"({"a":1})") + frame("{}") + "Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[]";
  MessageReader reader;
  std::vector<std::string> bodies;
  for (char c : stream) {
    reader.feed(std::string_view(&c, 1));
    while (auto body = reader.next()) bodies.push_back(*body);
  }
  EXPECT_EQ(bodies, (std::vector<std::string>{R"({"a":1})", "{}", "[]"}));
  EXPECT_FALSE(reader.partial());
}

TEST(MessageReader, WaitsForTheWholeBody) {
  MessageReader reader;
  reader.feed("Content-Length: 10\r\n\r\n12345");
  EXPECT_FALSE(reader.next());
  EXPECT_TRUE(reader.partial());
  reader.feed("67890");
  EXPECT_EQ(reader.next(), "1234567890");
}

TEST(MessageReader, SkipsHeaderBlocksWithoutAValidLength) {
  MessageReader reader;
  reader.feed("Content-Type: x\r\n\r\nContent-Length: twelve\r\n\r\ncontent-length:  3 \n\n{ }");
  EXPECT_EQ(reader.next(), "{ }");
  EXPECT_EQ(reader.skipped(), 2u);
}

TEST(MessageReader, DiscardsBodiesOverTheLimit) {
  MessageReader reader(8);
  reader.feed("Content-Length: 20\r\n\r\n0123456789");
  EXPECT_FALSE(reader.next());
  reader.feed("0123456789" + frame("{}"));
  EXPECT_EQ(reader.next(), "{}");
  EXPECT_EQ(reader.skipped(), 1u);
}

TEST(MessageReader, DropsAnEndlessHeader) {
  MessageReader reader;
  reader.feed(std::string(70 * 1024, 'x'));
  EXPECT_FALSE(reader.next());
  EXPECT_FALSE(reader.partial());
}

TEST(Frame, CountsBytesNotCharacters) {
  EXPECT_EQ(frame("\"é\""), "Content-Length: 4\r\n\r\n\"é\"");
}

}  // namespace
}  // namespace crosscheck::lsp
