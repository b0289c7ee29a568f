#include "lsp/diagnostics.h"

#include "lsp/outline.h"
#include "lsp/uri.h"
#include "lsp/yaml_extent.h"
#include "report/report_text.h"

#include <fmt/format.h>

namespace crosscheck::lsp {

namespace {

using nlohmann::json;

// LSP DiagnosticSeverity.
int severity_of(Level level) {
  switch (level) {
    case Level::error: return 1;
    case Level::warning: return 2;
    case Level::note: return 3;
  }
  return 1;
}

int severity_of(Severity severity) {
  switch (severity) {
    case Severity::error: return 1;
    case Severity::warning: return 2;
    case Severity::info: return 3;
  }
  return 1;
}

enum class Extent { token, key, scalar };

class Builder {
 public:
  Builder(const Analysis& analysis, Encoding encoding)
      : a_(analysis), encoding_(encoding), positions_(analysis.text) {
    Outline outline(analysis.text);
    if (auto include = outline.find({"include"})) {
      const OutlineKey& k = outline.keys()[*include];
      include_ = positions_.range(k.begin, k.end, encoding_);
    }
  }

  bool here(const Location& where) const { return where.file == a_.path && where.line > 0; }

  // A range of the rule file for a location in it; for another file (an include), its `include:`
  // key, or the start of the file.
  LspRange range_of(const Location& where, Extent extent) const {
    if (where.file == a_.path && where.line == 0) return {};  // the file as a whole
    if (!here(where)) return include_;
    std::size_t begin = positions_.offset_of_column(where.line, where.column);
    std::size_t end = begin;
    switch (extent) {
      case Extent::key: end = key_end(a_.text, begin); break;
      case Extent::scalar: end = scalar_end(a_.text, begin); break;
      case Extent::token:
        while (end < a_.text.size() && a_.text[end] != '\n' && a_.text[end] != '\r' && a_.text[end] != ' ') ++end;
        if (end == begin && end < a_.text.size() && a_.text[end] != '\n') ++end;
        break;
    }
    return positions_.range(begin, end, encoding_);
  }

  // Where a mention's figure (or quote) is in its source; null when it has no place there.
  json mention_location(const MentionReport& m) const {
    const SourceFile* file = a_.source_file(m.path);
    if (!file || m.start.line == 0 || m.span.end > file->bytes().size()) return nullptr;
    return location_json(m.path, file->bytes(), m.span.begin, m.span.end, encoding_);
  }

  json here_location(const Location& where, Extent extent) const {
    return {{"uri", uri_from_path(a_.path)}, {"range", range_json(range_of(where, extent))}};
  }

  void add(LspRange range, int severity, std::string message, std::string code = "",
           json related = json::array()) {
    json d = {{"range", range_json(range)}, {"severity", severity}, {"source", "crosscheck"},
              {"message", std::move(message)}};
    if (!code.empty()) d["code"] = std::move(code);
    if (!related.empty()) d["relatedInformation"] = std::move(related);
    out_.push_back(std::move(d));
  }

  void problems() {
    for (const Diagnostic& d : a_.problems) {
      std::string message = here(d.where) || d.where.file == a_.path ? d.message : to_string(d);
      add(range_of(d.where, Extent::token), severity_of(d.level), std::move(message));
    }
  }

  // What `lint` says of each quote, on the quote.
  void mention_problems(const Finding& f, const ClaimDecl& claim) {
    for (std::size_t i = 0; i < f.mentions.size(); ++i) {
      const MentionReport& m = f.mentions[i];
      if (m.problem.empty()) continue;
      Location where = i < claim.mentions.size() ? claim.mentions[i].quote_where : claim.value_where;
      std::string source = i < claim.mentions.size() ? claim.mentions[i].source : "value";
      add(range_of(where, Extent::scalar), severity_of(f.severity),
          fmt::format("claim '{}', mention of '{}': {}", claim.id, source, m.problem), "unresolved");
    }
  }

  json related(const Finding& f, const ClaimDecl* claim) const {
    json related = json::array();
    json first_place = nullptr;
    for (std::size_t i = 0; i < f.mentions.size(); ++i) {
      const MentionReport& m = f.mentions[i];
      json place = mention_location(m);
      if (place.is_null() && claim && i == claim->mentions.size() && claim->value)
        place = here_location(claim->value_where, Extent::scalar);
      if (place.is_null()) continue;
      if (first_place.is_null() || m.primary) first_place = place;
      std::string label = value_label(m);
      std::string who = m.source_id.empty() ? "value" : m.source_id;
      related.push_back({{"location", place},
                         {"message", fmt::format("{}: \"{}\"{}{}", who, m.quote, label.empty() ? "" : " — ", label)}});
    }
    if (first_place.is_null()) first_place = here_location(f.rule, Extent::key);
    for (const Diagnosis& d : f.diagnosis) {
      std::string message = fmt::format("{}: {}", d.code, d.message);
      if (!d.suggestion.empty()) message += " — " + d.suggestion;
      related.push_back({{"location", first_place}, {"message", message}});
    }
    return related;
  }

  void findings() {
    if (!a_.report) return;
    for (const Finding& f : a_.report->findings) {
      if (f.status == Status::pass || f.waived || f.baselined) continue;
      const ClaimDecl* claim = f.kind == "agree" ? a_.claim(f.check) : nullptr;
      bool quotes_said = false;
      if (claim && here(claim->where)) {
        mention_problems(f, *claim);
        for (const MentionReport& m : f.mentions) quotes_said = quotes_said || !m.problem.empty();
      }
      // An unresolved claim whose quotes say why needs no second word on its key.
      if (quotes_said && f.status == Status::unresolved) continue;
      // A file checked as part of the file that includes it shows only what is written in it.
      if (!here(f.rule) && a_.main_path != a_.path) continue;
      std::string message = f.message;
      if (f.status == Status::fail && f.delta) message += fmt::format(" (difference: {})", delta_label(f));
      if (!here(f.rule)) message = fmt::format("{}: {}", to_string(place_of_rule(f)), message);
      add(range_of(f.rule, Extent::key), severity_of(f.severity), std::move(message), finding_code(f),
          related(f, claim));
    }
  }

  json take() { return std::move(out_); }

 private:
  const Analysis& a_;
  Encoding encoding_;
  TextPositions positions_;
  LspRange include_;  // where problems of included files are shown: the `include:` key
  json out_ = json::array();
};

}  // namespace

json range_json(const LspRange& r) {
  return {{"start", {{"line", r.start.line}, {"character", r.start.character}}},
          {"end", {{"line", r.end.line}, {"character", r.end.character}}}};
}

json location_json(const std::string& path, std::string_view text, std::size_t begin, std::size_t end,
                   Encoding encoding) {
  TextPositions positions(text);
  return {{"uri", uri_from_path(path)}, {"range", range_json(positions.range(begin, end, encoding))}};
}

json diagnostics_json(const Analysis& analysis, Encoding encoding) {
  Builder builder(analysis, encoding);
  builder.problems();
  builder.findings();
  return builder.take();
}

}  // namespace crosscheck::lsp
