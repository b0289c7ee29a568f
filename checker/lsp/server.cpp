#include "lsp/server.h"

#include "lsp/diagnostics.h"
#include "lsp/features.h"
#include "lsp/outline.h"
#include "load/rule_keys.h"

#include <algorithm>

#include <exception>

namespace crosscheck::lsp {

namespace {

using nlohmann::json;

// Thrown by handlers for params of the wrong shape; becomes an InvalidParams error.
struct BadParams {
  std::string message;
};

// A member of an object; null when absent or when `object` is not an object.
const json& member(const json& object, const char* name) {
  static const json null;
  if (!object.is_object()) return null;
  auto it = object.find(name);
  return it == object.end() ? null : *it;
}

const json& required(const json& object, const char* name) {
  const json& value = member(object, name);
  if (value.is_null()) throw BadParams{std::string("missing '") + name + "'"};
  return value;
}

std::string string_of(const json& object, const char* name) {
  const json& value = required(object, name);
  if (!value.is_string()) throw BadParams{std::string("'") + name + "' must be a string"};
  return value.get<std::string>();
}

std::size_t index_of(const json& object, const char* name) {
  const json& value = required(object, name);
  if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0))
    throw BadParams{std::string("'") + name + "' must be a non-negative integer"};
  return value.get<std::size_t>();
}

long long version_of(const json& object) {
  const json& value = member(object, "version");
  return value.is_number_integer() ? value.get<long long>() : 0;
}

LspPosition position_from(const json& value) {
  return {index_of(value, "line"), index_of(value, "character")};
}

// A YAML file with none of the format's top-level keys is some other YAML: editors attach the
// server to every YAML file, and it has nothing to say about those.
bool looks_like_rule_file(std::string_view text) {
  Outline outline(text);
  for (std::size_t i : outline.children(std::nullopt)) {
    const std::string& key = outline.keys()[i].key;
    if (std::find(rule_keys::top.begin(), rule_keys::top.end(), key) != rule_keys::top.end()) return true;
  }
  return false;
}

bool valid_id(const json& id) { return id.is_string() || id.is_number_integer() || id.is_number_unsigned(); }

}  // namespace

Server::Server(Send send, std::string version) : send_(std::move(send)), version_(std::move(version)) {}

const std::vector<Server::Method>& Server::methods() {
  static const std::vector<Method> table = {
      {"initialize", &Server::initialize},
      {"initialized", &Server::initialized},
      {"shutdown", &Server::shutdown},
      {"exit", &Server::exit},
      {"textDocument/didOpen", &Server::did_open},
      {"textDocument/didChange", &Server::did_change},
      {"textDocument/didSave", &Server::did_save},
      {"textDocument/didClose", &Server::did_close},
      {"textDocument/hover", &Server::hover},
      {"textDocument/definition", &Server::definition},
      {"textDocument/completion", &Server::completion},
  };
  return table;
}

void Server::respond(const json& id, json result) {
  send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::fail(const json& id, const RpcError& error) {
  send_({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", error.code}, {"message", error.message}}}});
}

void Server::handle(std::string_view body) {
  if (exited_) return;
  json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    fail(nullptr, {kParseError, "the message is not valid JSON"});
    return;
  }
  try {
    dispatch(message);
  } catch (const std::exception& e) {
    // A handler's bug must not end the session: the request fails, the server goes on.
    auto id = message.is_object() ? message.find("id") : message.end();
    if (message.is_object() && id != message.end() && valid_id(*id)) fail(*id, {kInternalError, e.what()});
  }
}

void Server::dispatch(const json& message) {
  if (!message.is_object()) {
    fail(nullptr, {kInvalidRequest, "a message must be a JSON object"});
    return;
  }
  auto id_it = message.find("id");
  auto method_it = message.find("method");
  bool has_id = id_it != message.end();
  if (method_it == message.end() || !method_it->is_string()) {
    // A response to a request of ours (we send none) or garbage.
    if (has_id && (message.contains("result") || message.contains("error"))) return;
    fail(has_id && valid_id(*id_it) ? *id_it : json(nullptr), {kInvalidRequest, "a request needs a string 'method'"});
    return;
  }
  if (has_id && !valid_id(*id_it)) {
    fail(nullptr, {kInvalidRequest, "'id' must be a string or an integer"});
    return;
  }
  const std::string method = method_it->get<std::string>();
  static const json no_params = json::object();
  auto params_it = message.find("params");
  const json& params = params_it == message.end() ? no_params : *params_it;

  const Method* found = nullptr;
  for (const Method& m : methods())
    if (m.name == method) found = &m;
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ && method != "initialize") {
    if (has_id) fail(*id_it, {kServerNotInitialized, "the server has not been initialized"});
    return;
  }
  if (shutdown_ && has_id) {
    fail(*id_it, {kInvalidRequest, "the server is shutting down"});
    return;
  }
  if (!found) {
    // Notifications the server does not know (including $/ ones) are dropped, as LSP allows.
    if (has_id) fail(*id_it, {kMethodNotFound, "unknown method '" + method + "'"});
    return;
  }
  try {
    json result = (this->*found->handler)(params);
    if (has_id) respond(*id_it, std::move(result));
  } catch (const BadParams& bad) {
    if (has_id) fail(*id_it, {kInvalidParams, bad.message});
  } catch (const json::exception& e) {
    if (has_id) fail(*id_it, {kInvalidParams, e.what()});
  }
}

json Server::initialize(const json& params) {
  if (initialized_) throw BadParams{"the server is already initialized"};
  initialized_ = true;
  // The client lists the position encodings it supports; UTF-16 is the default every client has.
  const json& encodings = member(member(member(params, "capabilities"), "general"), "positionEncodings");
  if (encodings.is_array()) {
    for (const json& e : encodings) {
      if (e == "utf-16") encoding_ = Encoding::utf16;
      else if (e == "utf-32") encoding_ = Encoding::utf32;
      else if (e == "utf-8") encoding_ = Encoding::utf8;
      else continue;
      break;  // the client's first choice that the server knows
    }
  }
  json capabilities = {
      {"positionEncoding", to_string(encoding_)},
      {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
      {"hoverProvider", true},
      {"definitionProvider", true},
      {"completionProvider", {{"triggerCharacters", json::array({"-", "{", ","})}}},
  };
  return {{"capabilities", capabilities}, {"serverInfo", {{"name", "crosscheck"}, {"version", version_}}}};
}

json Server::initialized(const json&) { return nullptr; }

json Server::shutdown(const json&) {
  shutdown_ = true;
  return nullptr;
}

json Server::exit(const json&) {
  exited_ = true;
  return nullptr;
}

void Server::check(Document& d) {
  std::string path = d.path.empty() ? "untitled.yaml" : d.path;
  d.stale = false;
  if (!looks_like_rule_file(d.text)) {
    analyses_.erase(d.uri);
    send_({{"jsonrpc", "2.0"},
           {"method", "textDocument/publishDiagnostics"},
           {"params", {{"uri", d.uri}, {"version", d.version}, {"diagnostics", json::array()}}}});
    return;
  }
  auto analysis = analyse(path, d.text);
  if (analysis->rules) {
    auto& sources = known_sources_[d.uri];
    auto& claims = known_claims_[d.uri];
    sources.clear();
    claims.clear();
    for (const SourceDecl& s : analysis->rules->sources) sources.push_back(s.id);
    for (const ClaimDecl& c : analysis->rules->claims) claims.push_back(c.id);
  }
  json params = {{"uri", d.uri}, {"version", d.version}, {"diagnostics", diagnostics_json(*analysis, encoding_)}};
  analyses_[d.uri] = std::move(analysis);
  send_({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", std::move(params)}});
}

void Server::flush() {
  for (const std::string& uri : documents_.stale())
    if (Document* d = documents_.find(uri)) check(*d);
}

json Server::did_open(const json& params) {
  const json& item = required(params, "textDocument");
  Document& d = documents_.open(string_of(item, "uri"), string_of(item, "text"), version_of(item));
  check(d);
  return nullptr;
}

json Server::did_change(const json& params) {
  const json& item = required(params, "textDocument");
  const json& changes = required(params, "contentChanges");
  if (!changes.is_array()) throw BadParams{"'contentChanges' must be an array"};
  std::vector<TextChange> edits;
  for (const json& c : changes) {
    TextChange edit;
    edit.text = string_of(c, "text");
    if (const json& range = member(c, "range"); !range.is_null())
      edit.range = LspRange{position_from(required(range, "start")), position_from(required(range, "end"))};
    edits.push_back(std::move(edit));
  }
  // Checked by flush(), once the client pauses: a burst of edits is checked once.
  documents_.change(string_of(item, "uri"), edits, version_of(item), encoding_);
  return nullptr;
}

json Server::did_save(const json& params) {
  // Sources or included files may have changed on disk with the save: check again now.
  if (Document* d = documents_.find(string_of(required(params, "textDocument"), "uri"))) check(*d);
  return nullptr;
}

json Server::did_close(const json& params) {
  std::string uri = string_of(required(params, "textDocument"), "uri");
  if (!documents_.find(uri)) return nullptr;
  documents_.close(uri);
  analyses_.erase(uri);
  known_sources_.erase(uri);
  known_claims_.erase(uri);
  send_({{"jsonrpc", "2.0"},
         {"method", "textDocument/publishDiagnostics"},
         {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
  return nullptr;
}

Document& Server::document_of(const json& params) {
  std::string uri = string_of(required(params, "textDocument"), "uri");
  Document* d = documents_.find(uri);
  if (!d) throw BadParams{"the document is not open: " + uri};
  return *d;
}

LspPosition Server::position_of(const json& params) const { return position_from(required(params, "position")); }

json Server::hover(const json& params) {
  Document& d = document_of(params);
  if (d.stale) check(d);
  FeatureContext context{d, analyses_[d.uri].get(), encoding_, known_sources_[d.uri], known_claims_[d.uri]};
  return hover_at(context, TextPositions(d.text).offset(position_of(params), encoding_));
}

json Server::definition(const json& params) {
  Document& d = document_of(params);
  if (d.stale) check(d);
  FeatureContext context{d, analyses_[d.uri].get(), encoding_, known_sources_[d.uri], known_claims_[d.uri]};
  return definition_at(context, TextPositions(d.text).offset(position_of(params), encoding_));
}

json Server::completion(const json& params) {
  // The text being typed is completed as it is, without waiting for a check.
  Document& d = document_of(params);
  const Analysis* analysis = d.stale ? nullptr : analyses_[d.uri].get();
  FeatureContext context{d, analysis, encoding_, known_sources_[d.uri], known_claims_[d.uri]};
  return completion_at(context, TextPositions(d.text).offset(position_of(params), encoding_));
}

}  // namespace crosscheck::lsp
