// The language server's message handler: a framed stream of messages, one message body, or a
// half-typed rule file opened and asked about at many places. Whatever the input, the server
// answers or drops it and never stops.
#include "lsp/framing.h"
#include "lsp/server.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using namespace crosscheck::lsp;
using nlohmann::json;

// A folder that does not exist: sources and includes a rule file names are not found, so each
// input stays fast and touches no real file.
constexpr const char* kUri = "file:///nonexistent-crosscheck-fuzz/rules.yaml";

void ask_everywhere(Server& server, std::string_view text) {
  std::size_t lines = 1;
  for (char c : text) lines += c == '\n';
  int id = 100;
  // Up to 24 places: each line's start, middle and past its end, across the text.
  std::size_t step = lines / 8 + 1;
  for (std::size_t line = 0; line < lines; line += step) {
    for (std::size_t character : {std::size_t{0}, std::size_t{6}, std::size_t{400}}) {
      json position = {{"line", line}, {"character", character}};
      for (const char* method : {"textDocument/hover", "textDocument/definition", "textDocument/completion"}) {
        server.handle(json{{"jsonrpc", "2.0"}, {"id", ++id}, {"method", method},
                           {"params", {{"textDocument", {{"uri", kUri}}}, {"position", position}}}}
                          .dump(-1, ' ', false, json::error_handler_t::replace));
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t sent = 0;
  Server server([&sent](const json& message) {
    sent += message.dump(-1, ' ', false, json::error_handler_t::replace).size();
    // The server turns an exception of a handler into an InternalError answer to stay up; for
    // the fuzzer that is a bug found.
    if (message.contains("error") && message["error"].value("code", 0) == kInternalError) std::abort();
  });
  server.handle(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})");
  if (input.starts_with("Content-Length")) {
    MessageReader reader(1 << 20);
    reader.feed(input);
    while (auto body = reader.next()) {
      server.handle(*body);
      if (server.exited()) break;
    }
  } else if (input.starts_with("{") || input.starts_with("[")) {
    server.handle(input);
  } else {
    // A rule file as it is being typed: opened, asked about, cut in half, asked about again.
    std::string text(input);
    auto open = json{{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                     {"params", {{"textDocument", {{"uri", kUri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}}};
    server.handle(open.dump(-1, ' ', false, json::error_handler_t::replace));
    ask_everywhere(server, text);
    auto change = json{{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
                       {"params", {{"textDocument", {{"uri", kUri}, {"version", 2}}},
                                   {"contentChanges", {{{"text", text.substr(0, text.size() / 2)}}}}}}};
    server.handle(change.dump(-1, ' ', false, json::error_handler_t::replace));
    ask_everywhere(server, text);
    server.flush();
  }
  server.flush();
  return 0;
}
