// The language server: JSON-RPC messages in, responses and notifications out, with no I/O of its
// own (serve.h connects it to a byte stream), so that tests and the fuzzer drive it directly.
#pragma once

#include "lsp/analysis.h"
#include "lsp/documents.h"
#include "lsp/positions.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::lsp {

// A request's failure as a JSON-RPC error (codes of the JSON-RPC and LSP specifications).
struct RpcError {
  int code;
  std::string message;
};
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;

class Server {
 public:
  using Send = std::function<void(const nlohmann::json& message)>;
  explicit Server(Send send, std::string version = "");

  // Handles one message body (any bytes: what is not a valid message gets an error response or is
  // dropped, never an exception).
  void handle(std::string_view body);
  // Checks every document changed since it was last checked and publishes its diagnostics. Edits
  // are checked here, when the client has paused, rather than once per keystroke.
  void flush();
  bool has_stale() const { return !documents_.stale().empty(); }

  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }  // as the LSP specification asks

 private:
  using Handler = nlohmann::json (Server::*)(const nlohmann::json& params);
  struct Method {
    std::string_view name;
    Handler handler;
  };
  static const std::vector<Method>& methods();

  void dispatch(const nlohmann::json& message);
  void respond(const nlohmann::json& id, nlohmann::json result);
  void fail(const nlohmann::json& id, const RpcError& error);
  void check(Document& document);

  // Requests.
  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json shutdown(const nlohmann::json& params);
  nlohmann::json hover(const nlohmann::json& params);
  nlohmann::json definition(const nlohmann::json& params);
  nlohmann::json completion(const nlohmann::json& params);
  // Notifications (their result is ignored).
  nlohmann::json initialized(const nlohmann::json& params);
  nlohmann::json exit(const nlohmann::json& params);
  nlohmann::json did_open(const nlohmann::json& params);
  nlohmann::json did_change(const nlohmann::json& params);
  nlohmann::json did_save(const nlohmann::json& params);
  nlohmann::json did_close(const nlohmann::json& params);

  // The open document a request's params name, checked if it changed since.
  Document& document_of(const nlohmann::json& params);
  LspPosition position_of(const nlohmann::json& params) const;

  Send send_;
  std::string version_;
  Encoding encoding_ = Encoding::utf16;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  Documents documents_;
  std::map<std::string, std::unique_ptr<Analysis>> analyses_;  // by URI, of the text last checked
  // Ids of the last analysis of each document that loaded: completion offers them while the
  // text being typed does not load.
  std::map<std::string, std::vector<std::string>> known_sources_, known_claims_;
};

}  // namespace crosscheck::lsp
