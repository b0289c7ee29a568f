// The server driven with JSON messages as a client sends them: lifecycle, diagnostics from lint
// and check, hover, definition, completion, and malformed input.
#include "session.h"
#include "support/strings.h"

#include <gtest/gtest.h>

namespace crosscheck::lsp::testing {
namespace {

constexpr const char* kSummit = "fixtures/lsp/summit.yaml";

const json* find_diagnostic(const json& diagnostics, const std::string& code, std::size_t line) {
  for (const json& d : diagnostics)
    if (d.value("code", "") == code && d["range"]["start"]["line"] == line) return &d;
  return nullptr;
}

std::size_t line_of(const std::string& text, const std::string& needle) {
  return position_of(text, needle)["line"].get<std::size_t>();
}

TEST(LspServer, InitializeAnnouncesWhatItDoes) {
  Session s;
  json response = s.initialize();
  const json& caps = response["result"]["capabilities"];
  EXPECT_EQ(caps["positionEncoding"], "utf-16");
  EXPECT_EQ(caps["textDocumentSync"]["change"], 1);
  EXPECT_TRUE(caps["hoverProvider"].get<bool>());
  EXPECT_TRUE(caps["definitionProvider"].get<bool>());
  EXPECT_TRUE(caps.contains("completionProvider"));
  EXPECT_EQ(response["result"]["serverInfo"]["name"], "crosscheck");
}

TEST(LspServer, TakesTheClientsPreferredPositionEncoding) {
  Session s;
  json response = s.initialize({{"general", {{"positionEncodings", {"utf-32", "utf-16"}}}}});
  EXPECT_EQ(response["result"]["capabilities"]["positionEncoding"], "utf-32");
}

TEST(LspServer, RequestsBeforeInitializeAndAfterShutdownFail) {
  Session s;
  EXPECT_EQ(s.request("textDocument/hover", json::object())["error"]["code"], kServerNotInitialized);
  s.initialize();
  EXPECT_TRUE(s.request("shutdown", nullptr)["result"].is_null());
  EXPECT_EQ(s.request("textDocument/hover", json::object())["error"]["code"], kInvalidRequest);
  s.notify("exit", nullptr);
  EXPECT_TRUE(s.server().exited());
  EXPECT_EQ(s.server().exit_code(), 0);
}

TEST(LspServer, ExitWithoutShutdownIsAFailure) {
  Session s;
  s.initialize();
  s.notify("exit", nullptr);
  EXPECT_EQ(s.server().exit_code(), 1);
}

TEST(LspServer, MalformedMessagesGetErrorsNotCrashes) {
  Session s;
  s.initialize();
  s.raw("{not json");
  EXPECT_EQ(s.sent().back()["error"]["code"], kParseError);
  s.raw("[1, 2]");
  EXPECT_EQ(s.sent().back()["error"]["code"], kInvalidRequest);
  s.raw(R"({"jsonrpc": "2.0", "id": 7})");
  EXPECT_EQ(s.sent().back()["error"]["code"], kInvalidRequest);
  s.raw(R"({"jsonrpc": "2.0", "id": 8, "method": "no/such"})");
  EXPECT_EQ(s.sent().back()["error"]["code"], kMethodNotFound);
  s.raw(R"({"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": 3}})");
  EXPECT_EQ(s.sent().back()["error"]["code"], kInvalidParams);
  s.raw(R"({"jsonrpc": "2.0", "id": 10, "method": "textDocument/hover", "params":
           {"textDocument": {"uri": "file:///nowhere.yaml"}, "position": {"line": -1, "character": 0}}})");
  EXPECT_EQ(s.sent().back()["error"]["code"], kInvalidParams);
  std::size_t before = s.sent().size();
  s.raw(R"({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 1}})");
  s.raw(R"({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": null})");
  EXPECT_EQ(s.sent().size(), before);  // notifications get no answer, even a bad one
  EXPECT_FALSE(s.server().exited());
}

TEST(LspServer, OpeningPublishesWhatCheckFindsOnTheClaimWithTheDiagnosis) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string uri = s.open(kSummit);
  json diagnostics = s.diagnostics(uri);
  ASSERT_TRUE(diagnostics.is_array()) << diagnostics;
  // hospital_oda fails (286 million yen against $239 million): on its key, with the scale slip.
  const json* slip = find_diagnostic(diagnostics, "disagree", line_of(text, "  hospital_oda:"));
  ASSERT_NE(slip, nullptr) << diagnostics.dump(1);
  EXPECT_EQ((*slip)["severity"], 1);
  EXPECT_EQ((*slip)["range"]["start"]["character"], 2);
  EXPECT_EQ((*slip)["range"]["end"]["character"], 2 + std::string("hospital_oda").size());
  bool scale_slip = false, mention = false;
  for (const json& r : (*slip)["relatedInformation"]) {
    std::string message = r["message"];
    scale_slip = scale_slip || message.starts_with("scale-slip:");
    if (message.starts_with("diplomat:")) {
      mention = true;
      EXPECT_NE(r["location"]["uri"].get<std::string>().find("diplomat-2015-09"), std::string::npos);
    }
  }
  EXPECT_TRUE(scale_slip) << slip->dump(1);
  EXPECT_TRUE(mention) << slip->dump(1);
  // The loan agrees within 1%, and the vessels add up: nothing else.
  EXPECT_EQ(diagnostics.size(), 1u) << diagnostics.dump(1);
}

TEST(LspServer, UnsavedTextIsWhatIsCheckedAndEditsAreCheckedOnFlush) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string uri = s.open(kSummit);
  std::string edited = text;
  edited.replace(edited.find("donate six used vessels"), 23, "donate sixty used boats");
  s.notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", {{{"text", edited}}}}});
  std::size_t published = s.publications();
  EXPECT_TRUE(s.server().has_stale());
  s.server().flush();  // the quiet period after typing
  EXPECT_EQ(s.publications(), published + 1);
  json diagnostics = s.diagnostics(uri);
  // A quote not found, on the quote, as lint says it.
  std::size_t quote_line = line_of(edited, "donate sixty");
  bool on_quote = false;
  for (const json& d : diagnostics) {
    if (d["range"]["start"]["line"] != quote_line) continue;
    on_quote = true;
    EXPECT_NE(d["message"].get<std::string>().find("claim 'vessels_pledged_2014', mention of 'diplomat'"),
              std::string::npos);
    EXPECT_EQ(d["range"]["start"]["character"], position_of(edited, "donate sixty")["character"]);
  }
  EXPECT_TRUE(on_quote) << diagnostics.dump(1);
  // The file on disk is untouched.
  EXPECT_EQ(read_text(source_path(kSummit)), text);
}

TEST(LspServer, RangedChangesApplyAndSaveChecksAtOnce) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string uri = s.open(kSummit);
  // "tolerance: 1%" → "tolerance: 1.5%" as an edit of a range (clients may send those too).
  json at = position_of(text, "tolerance: 1%", 12);
  json end = {{"line", at["line"]}, {"character", at["character"].get<int>() + 1}};
  s.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                      {"contentChanges", {{{"range", {{"start", at}, {"end", end}}}, {"text", "x"}}}}});
  std::size_t published = s.publications();
  s.notify("textDocument/didSave", {{"textDocument", {{"uri", uri}}}});
  EXPECT_EQ(s.publications(), published + 1);
  EXPECT_FALSE(s.server().has_stale());
  json diagnostics = s.diagnostics(uri);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.dump(1);
  EXPECT_EQ(diagnostics[0]["range"]["start"]["line"], at["line"]);
  EXPECT_NE(diagnostics[0]["message"].get<std::string>().find("tolerance"), std::string::npos) << diagnostics.dump(1);
}

TEST(LspServer, LoadErrorsComeWithTheirPlaceAndCloseClearsThem) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string broken = text;
  broken.replace(broken.find("  tolerance: 1%"), 15, "  tolerence: 1%");
  std::string uri = s.open(kSummit, broken);
  json diagnostics = s.diagnostics(uri);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.dump(1);
  EXPECT_EQ(diagnostics[0]["range"]["start"]["line"], line_of(broken, "tolerence"));
  EXPECT_EQ(diagnostics[0]["range"]["start"]["character"], 2);
  EXPECT_NE(diagnostics[0]["message"].get<std::string>().find("did you mean 'tolerance'?"), std::string::npos);
  s.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
  EXPECT_TRUE(s.diagnostics(uri).empty());
}

TEST(LspServer, OtherYamlFilesAreLeftAlone) {
  Session s;
  s.initialize();
  std::string uri = s.open("action.yml");
  EXPECT_TRUE(s.diagnostics(uri).empty());
  // Once it has a key of the format, it is a rule file.
  uri = s.open(kSummit, "claims:\n  x: {value: 3}\n");
  ASSERT_EQ(s.diagnostics(uri).size(), 1u);
  EXPECT_NE(s.diagnostics(uri)[0]["message"].get<std::string>().find("'crosscheck' is required"), std::string::npos);
}

TEST(LspServer, AnIncludedFileIsCheckedAsPartOfTheFileThatIncludesIt) {
  Session s;
  s.initialize();
  // rules/sources.yaml has no `crosscheck:`; rules/vietnam-japan-2015.yaml includes it.
  std::string text = read_text(source_path("rules/sources.yaml"));
  std::string uri = s.open("rules/sources.yaml");
  EXPECT_TRUE(s.diagnostics(uri).empty()) << s.diagnostics(uri).dump(1);
  std::string broken = text;
  broken.replace(broken.find("    publisher: CSIS"), 19, "    publsher: CSIS");
  uri = s.open("rules/sources.yaml", broken);
  json diagnostics = s.diagnostics(uri);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.dump(1);
  EXPECT_EQ(diagnostics[0]["range"]["start"]["line"], line_of(broken, "publsher"));
  EXPECT_NE(diagnostics[0]["message"].get<std::string>().find("did you mean 'publisher'?"), std::string::npos);
  // Hover on a source declared there.
  uri = s.open("rules/sources.yaml");
  json hover = s.request("textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", position_of(text, "csis:", 1)}});
  EXPECT_NE(hover["result"]["contents"]["value"].get<std::string>().find("publisher: CSIS"), std::string::npos) << hover;
}

TEST(LspServer, HoverOnAQuoteShowsTheFigureItsIntervalAndNormalisedValue) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string uri = s.open(kSummit);
  json hover = s.request("textDocument/hover", {{"textDocument", {{"uri", uri}}},
                                                {"position", position_of(text, "286 million yen", 3)}});
  std::string value = hover["result"]["contents"]["value"];
  EXPECT_NE(value.find("286 million yen"), std::string::npos) << value;
  EXPECT_NE(value.find("money (JPY)"), std::string::npos) << value;
  EXPECT_NE(value.find("interval: [285500000, 286500000]"), std::string::npos) << value;
  EXPECT_NE(value.find("JPY/USD"), std::string::npos) << value;  // the rate used
  EXPECT_NE(value.find("conversion date: 2015-09-15"), std::string::npos) << value;
  EXPECT_EQ(hover["result"]["range"]["start"], position_of(text, "286 million yen"));
}

TEST(LspServer, HoverOnALiteralValueShowsTheFigure) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string uri = s.open(kSummit);
  json hover = s.request("textDocument/hover", {{"textDocument", {{"uri", uri}}},
                                                {"position", position_of(text, "8 vessels", 2)}});
  std::string value = hover["result"]["contents"]["value"];
  EXPECT_NE(value.find("**`8 vessels`** — count (vessel)"), std::string::npos) << value;
  EXPECT_NE(value.find("interval: [8, 8]"), std::string::npos) << value;
}

TEST(LspServer, HoverOnAClaimIdShowsItsMentionsAndStatus) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string uri = s.open(kSummit);
  json hover = s.request("textDocument/hover", {{"textDocument", {{"uri", uri}}},
                                                {"position", position_of(text, "hospital_oda:", 4)}});
  std::string value = hover["result"]["contents"]["value"];
  EXPECT_NE(value.find("— fail"), std::string::npos) << value;
  EXPECT_NE(value.find("- diplomat: `286 million yen`"), std::string::npos) << value;
  EXPECT_NE(value.find("- csis: `$239 million`"), std::string::npos) << value;
  EXPECT_NE(value.find("scale-slip"), std::string::npos) << value;
  // In an expression too.
  hover = s.request("textDocument/hover", {{"textDocument", {{"uri", uri}}},
                                           {"position", position_of(text, "+ vessels_added_2015", 5)}});
  value = hover["result"]["contents"]["value"];
  EXPECT_NE(value.find("claim `vessels_added_2015`** — pass"), std::string::npos) << value;
}

TEST(LspServer, DefinitionFromAnExpectToTheClaimFromAQuoteToItsPassage) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  std::string uri = s.open(kSummit);
  json claim = s.request("textDocument/definition", {{"textDocument", {{"uri", uri}}},
                                                     {"position", position_of(text, "+ vessels_added_2015", 4)}});
  EXPECT_EQ(claim["result"]["uri"], uri);
  EXPECT_EQ(claim["result"]["range"]["start"], position_of(text, "vessels_added_2015:"));

  json passage = s.request("textDocument/definition", {{"textDocument", {{"uri", uri}}},
                                                       {"position", position_of(text, "286 million yen", 1)}});
  std::string article_path = source_path("fixtures/articles/diplomat-2015-09-vietnam-japan-partnership.txt");
  EXPECT_EQ(passage["result"]["uri"], uri_from_path(article_path));
  std::string article = read_text(article_path);
  EXPECT_EQ(passage["result"]["range"]["start"], position_of(article, "286 million yen in official development"));

  json source = s.request("textDocument/definition", {{"textDocument", {{"uri", uri}}},
                                                      {"position", position_of(text, "csis: \"$239", 1)}});
  EXPECT_EQ(source["result"]["uri"], uri_from_path(source_path("fixtures/articles/csis-2015-09-party-chief-visit.txt")));
}

std::vector<std::string> labels(const json& response) {
  std::vector<std::string> out;
  for (const json& item : response["result"]["items"]) out.push_back(item["label"]);
  return out;
}


TEST(LspServer, CompletesKeysSourceIdsAndClaimIds) {
  Session s;
  s.initialize();
  std::string text = read_text(source_path(kSummit));
  // A key half typed in a claim, a mention list item, and an expression being written.
  std::string edited = text;
  edited.insert(edited.find("  infrastructure_loan:"), "    tol\n");
  edited.insert(edited.find("        quote: \"two additional"), "      - source: \n");
  edited += "  more:\n    expect: vessels_total + \n";
  std::string uri = s.open(kSummit, edited);
  auto at = [&](const std::string& needle, std::size_t shift) {
    return s.request("textDocument/completion", {{"textDocument", {{"uri", uri}}}, {"position", position_of(edited, needle, shift)}});
  };
  std::vector<std::string> keys = labels(at("    tol\n", 7));
  EXPECT_TRUE(has(keys, "tolerance"));
  EXPECT_TRUE(has(keys, "mentions"));
  EXPECT_FALSE(has(keys, "path"));
  std::vector<std::string> sources = labels(at("      - source: \n", 16));
  EXPECT_TRUE(has(sources, "diplomat"));
  EXPECT_TRUE(has(sources, "csis"));
  std::vector<std::string> claims = labels(at("vessels_total + \n", 16));
  EXPECT_TRUE(has(claims, "hospital_oda"));
  EXPECT_TRUE(has(claims, "vessels_added_2015"));
  // A top-level key.
  std::vector<std::string> top = labels(at("crosscheck: 1", 0));
  EXPECT_TRUE(has(top, "sources"));
  EXPECT_TRUE(has(top, "claims"));
}

}  // namespace
}  // namespace crosscheck::lsp::testing
