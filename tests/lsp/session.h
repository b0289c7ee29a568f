// Drives the language server in-process: JSON messages in, the messages it sends collected.
#pragma once

#include "lsp/server.h"
#include "lsp/uri.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace crosscheck::lsp::testing {

using nlohmann::json;

inline std::string source_path(const std::string& relative) {
  return std::string(CROSSCHECK_SOURCE_DIR) + "/" + relative;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class Session {
 public:
  Session() : server_([this](const json& m) { sent_.push_back(m); }, "test") {}

  json request(const std::string& method, json params) {
    int id = ++next_id_;
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
    for (const json& m : sent_)
      if (m.contains("id") && m["id"] == id) return m;
    return nullptr;
  }
  void notify(const std::string& method, json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void send(const json& message) { server_.handle(message.dump()); }
  void raw(std::string_view body) { server_.handle(body); }

  json initialize(json capabilities = json::object()) {
    json response = request("initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", capabilities}});
    notify("initialized", json::object());
    return response;
  }

  // Opens a file of the source tree with `text` (its own text when empty); returns its URI.
  std::string open(const std::string& relative, std::string text = "") {
    std::string path = source_path(relative);
    if (text.empty()) text = read_text(path);
    std::string uri = uri_from_path(path);
    notify("textDocument/didOpen",
           {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}});
    return uri;
  }

  // The diagnostics last published for `uri`; null when none were.
  json diagnostics(const std::string& uri) const {
    json last = nullptr;
    for (const json& m : sent_)
      if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        last = m["params"]["diagnostics"];
    return last;
  }
  std::size_t publications() const {
    std::size_t n = 0;
    for (const json& m : sent_) n += m.value("method", "") == "textDocument/publishDiagnostics";
    return n;
  }

  Server& server() { return server_; }
  const std::vector<json>& sent() const { return sent_; }

 private:
  std::vector<json> sent_;
  Server server_;
  int next_id_ = 0;
};

// The 0-based line and the UTF-16 character where `needle` first occurs in `text`, plus `shift`
// characters (ASCII text before it on the line is assumed).
inline json position_of(const std::string& text, const std::string& needle, std::size_t shift = 0) {
  std::size_t at = text.find(needle);
  if (at == std::string::npos) return nullptr;
  std::size_t line = 0, start = 0;
  for (std::size_t i = 0; i < at; ++i)
    if (text[i] == '\n') ++line, start = i + 1;
  return {{"line", line}, {"character", at - start + shift}};
}

}  // namespace crosscheck::lsp::testing
