// Go to definition: a claim id in `expect` → its declaration; a quote → its passage in the source;
// a source id → the file its `path` names. From the checked file when it loads, else from its
// text alone (claims and sources declared in the file itself).
#include "base/regular_file.h"
#include "lsp/diagnostics.h"
#include "lsp/features.h"
#include "lsp/outline.h"
#include "lsp/targets.h"
#include "lsp/uri.h"
#include "lsp/yaml_extent.h"

#include <filesystem>

namespace crosscheck::lsp {

namespace {

using nlohmann::json;

json file_start(const std::string& path) {
  return {{"uri", uri_from_path(path)}, {"range", range_json({})}};
}

// A location given as file:line:column in another file than the document: read it to count.
json location_in_file(const Location& where, std::string_view text, Encoding encoding) {
  TextPositions positions(text);
  std::size_t begin = positions.offset_of_column(where.line, where.column);
  return location_json(where.file, text, begin, key_end(text, begin), encoding);
}

json declaration(const FeatureContext& context, const Location& where) {
  if (where.file == context.analysis->path) return location_in_file(where, context.document.text, context.encoding);
  FileRead file = read_regular_file(where.file, std::size_t{8} << 20);
  if (file.failure != FileRead::Failure::none) return file_start(where.file);
  return location_in_file(where, file.bytes, context.encoding);
}

json from_analysis(const FeatureContext& context, std::size_t offset) {
  const Analysis& a = *context.analysis;
  Target t = target_at(a, offset);
  switch (t.kind) {
    case Target::Kind::none:
    case Target::Kind::value: return nullptr;
    case Target::Kind::claim: return t.claim ? declaration(context, t.claim->where) : nullptr;
    case Target::Kind::source: return t.source ? file_start(t.source->path) : nullptr;
    case Target::Kind::quote: {
      const Finding* f = a.agreement(t.claim->id);
      if (!f || t.mention >= f->mentions.size()) return nullptr;
      const MentionReport& m = f->mentions[t.mention];
      const SourceFile* file = a.source_file(m.path);
      const SourceDecl* source = a.source(t.claim->mentions[t.mention].source);
      if (!file || m.quote_span.empty() || m.quote_span.end > file->bytes().size())
        return source ? file_start(source->path) : nullptr;
      return location_json(m.path, file->bytes(), m.quote_span.begin, m.quote_span.end, context.encoding);
    }
  }
  return nullptr;
}

// Without a checked file: the word under the cursor, by where it is written.
json from_text(const FeatureContext& context, std::size_t offset) {
  const std::string& text = context.document.text;
  Outline outline(text);
  std::optional<std::size_t> at = outline.at(offset);
  Word word = word_at(text, offset);
  if (!at || word.empty()) return nullptr;
  const OutlineKey& k = outline.keys()[*at];
  std::string id = text.substr(word.begin, word.end - word.begin);
  std::vector<std::string> path = outline.path(*at);
  bool on_value = offset >= k.value_begin;
  bool in_mentions = path.size() >= 4 && path[0] == "claims" && path[2] == "mentions";
  if (k.key == "expect" && on_value) {
    if (auto claim = outline.find({"claims", id})) {
      const OutlineKey& c = outline.keys()[*claim];
      return location_json(context.document.path, text, c.begin, c.end, context.encoding);
    }
    return nullptr;
  }
  bool source_ref = (k.key == "source" && on_value && in_mentions) ||
                    (in_mentions && !on_value && path.size() == 4) || (path.size() == 2 && path[0] == "sources");
  if (!source_ref) return nullptr;
  auto source_path = outline.find({"sources", id, "path"});
  if (!source_path) return nullptr;
  const OutlineKey& p = outline.keys()[*source_path];
  std::string_view value = std::string_view(text).substr(p.value_begin, p.value_end - p.value_begin);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) value = value.substr(1, value.size() - 2);
  if (value.empty()) return nullptr;
  std::filesystem::path base = std::filesystem::path(context.document.path).parent_path();
  return file_start((base / std::string(value)).lexically_normal().string());
}

}  // namespace

json definition_at(const FeatureContext& context, std::size_t offset) {
  if (context.analysis && context.analysis->rules && context.analysis->text == context.document.text) {
    json found = from_analysis(context, offset);
    if (!found.is_null()) return found;
  }
  if (context.document.path.empty()) return nullptr;
  return from_text(context, offset);
}

}  // namespace crosscheck::lsp
