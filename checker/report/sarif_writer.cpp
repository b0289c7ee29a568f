// SARIF 2.1.0 for code-scanning services (GitHub code scanning and other SARIF viewers): one
// result per failed or unresolved check that is neither waived nor baselined, located at its
// primary mention. Its partial fingerprint is the finding's identity of the --baseline file, built
// from what was checked and never from line numbers, so that results survive unrelated edits.
// Columns are Unicode code points (the run says so with columnKind), as everywhere in crosscheck.
#include "checks/check_context.h"
#include "engine/fingerprint.h"
#include "report/escape.h"
#include "report/json_out.h"
#include "report/report_text.h"
#include "report/writers.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace crosscheck {

namespace {

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

// What to do about a failure of each kind of check, for the rule's help text.
std::string help_text(std::string_view kind) {
  if (kind == "agree")
    return "Every mention of a claim must state the same figure, within the claim's tolerance and "
           "the precision the figures are written with. Read the quoted passages, decide which "
           "source is right, then correct the story, or the rule file if its quotes or figures are "
           "wrong; a known difference can be waived with waive: {reason, until}.";
  if (kind == "expect")
    return "An expect: expression over claims must hold. The finding shows the values of the "
           "claims it used; correct the figure that is wrong, or the expression.";
  if (kind.starts_with("conversion-pair"))
    return "A figure given in two currencies, one in parentheses, must agree at the exchange rate "
           "of the source's date. Check the rate the writer used and the date it was taken.";
  if (kind.starts_with("sum-statement"))
    return "A sentence that states a total and the parts it is made of must add up: the parts' sum "
           "must equal the total within the tolerance. Check each part and the total in the source.";
  return fmt::format("A check of kind {} must hold. The message and the related locations say "
                     "what was compared and where it is written.",
                     kind);
}

std::string rule_name(std::string_view kind) {
  std::string name;
  bool upper = true;
  for (char c : kind) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return name;
}

std::string_view level_of(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "error";
}

// SARIF message strings give '[' and ']' a meaning (embedded links): literal ones are escaped.
std::string message_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

// `bytes`: where the mention is in the original file, given beside its lines and columns
// (provenance); null for the place of a rule.
void write_physical_location(JsonOut& json, const Place& place, const MentionReport* bytes = nullptr) {
  json.key("physicalLocation").begin_object();
  json.key("artifactLocation").begin_object();
  json.key("uri").string(uri_from_path(place.file));
  json.end_object();
  if (place.line) {
    json.key("region").begin_object();
    json.key("startLine").integer(static_cast<long long>(place.line));
    if (place.column) {
      json.key("startColumn").integer(static_cast<long long>(place.column));
      json.key("endLine").integer(static_cast<long long>(place.end_line));
      json.key("endColumn").integer(static_cast<long long>(std::max<std::size_t>(place.end_column, 1)));
    }
    if (bytes && bytes->placed) {
      json.key("byteOffset").integer(static_cast<long long>(bytes->span.begin));
      json.key("byteLength").integer(static_cast<long long>(bytes->span.size()));
    }
    json.end_object();
  }
  json.end_object();
}

std::string_view mime_type(std::string_view format) {
  if (format == "html") return "text/html";
  if (format == "markdown") return "text/markdown";
  if (format == "pdf") return "application/pdf";
  if (format == "csv") return "text/csv";
  return "text/plain";
}

std::string mention_message(const MentionReport& m) {
  std::string text = fmt::format("{}: \"{}\"", m.source_id, m.quote);
  if (m.figure) text += fmt::format(" — figure '{}'", m.figure->text);
  std::string value = value_label(m);
  if (!value.empty()) text += (m.problem.empty() ? " is " : ": ") + value;
  return text;
}

std::string result_message(const Finding& f) {
  std::string text = fmt::format("{}: {}", f.check, f.message);
  if (f.status == Status::fail && f.delta) text += "\ndifference: " + delta_label(f);
  for (const Diagnosis& d : f.diagnosis) {
    text += fmt::format("\nhint ({}): {}", d.code, d.message);
    if (!d.suggestion.empty()) text += "\nhelp: " + d.suggestion;
  }
  return message_text(text);
}

void write_result(JsonOut& json, const Finding& f, std::size_t rule_index) {
  json.begin_object();
  json.key("ruleId").string(f.kind);
  json.key("ruleIndex").integer(static_cast<long long>(rule_index));
  json.key("level").string(level_of(f.severity));
  json.key("message").begin_object().key("text").string(result_message(f)).end_object();

  const MentionReport* primary = primary_mention(f);
  Place main_place;
  if (primary && primary->start.line) {
    main_place = place_of(*primary);
  } else if (f.rule.line) {
    main_place = place_of_rule(f);
    primary = nullptr;
  } else if (primary) {
    main_place = place_of(*primary);
  }
  if (!main_place.file.empty()) {
    json.key("locations").begin_array().begin_object();
    write_physical_location(json, main_place, primary);
    if (primary)
      json.key("message").begin_object().key("text").string(message_text(mention_message(*primary))).end_object();
    json.end_object().end_array();
  }

  json.key("relatedLocations").begin_array();
  long long id = 0;
  for (const MentionReport& m : f.mentions) {
    if (&m == primary) continue;
    Place place = place_of(m);
    if (place.file.empty()) continue;
    json.begin_object();
    json.key("id").integer(++id);
    write_physical_location(json, place, &m);
    json.key("message").begin_object().key("text").string(message_text(mention_message(m))).end_object();
    json.end_object();
  }
  if (f.rule.line && primary) {
    json.begin_object();
    json.key("id").integer(++id);
    write_physical_location(json, place_of_rule(f));
    json.key("message").begin_object().key("text").string(message_text(fmt::format("{} is declared here", f.check))).end_object();
    json.end_object();
  }
  json.end_array();

  json.key("partialFingerprints").begin_object();
  json.key("crosscheckFinding/v1").string(fingerprint(f));
  json.end_object();
  json.key("properties").begin_object();
  json.key("check").string(f.check);
  json.key("status").string(to_string(f.status));
  json.key("diagnosis").begin_array();
  for (const Diagnosis& d : f.diagnosis) json.string(d.code);
  json.end_array();
  json.end_object();
  json.end_object();
}

}  // namespace

void write_sarif(const Report& report, const WriterOptions& options, std::ostream& out) {
  // Rules: every check kind of the table, then any other kind the findings use, in first use. The
  // table names built-in checks in the plural (conversion-pairs), their findings in the singular.
  std::vector<std::string> kinds;
  for (const CheckKind& k : check_kinds()) {
    std::string_view id = k.id;
    if (id.find('-') != std::string_view::npos && id.ends_with('s')) id.remove_suffix(1);
    kinds.emplace_back(id);
  }
  for (const Finding& f : report.findings)
    if (std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end()) kinds.push_back(f.kind);
  auto index_of = [&](const std::string& kind) {
    return static_cast<std::size_t>(std::find(kinds.begin(), kinds.end(), kind) - kinds.begin());
  };

  JsonOut json(out);
  json.begin_object();
  json.key("$schema").string(kSchema);
  json.key("version").string("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.key("name").string("crosscheck");
  json.key("version").string(options.tool_version);
  json.key("semanticVersion").string(options.tool_version);
  json.key("rules").begin_array();
  for (const std::string& kind : kinds) {
    std::string summary = kind_summary(kind);
    std::string help = help_text(kind);
    json.begin_object();
    json.key("id").string(kind);
    json.key("name").string(rule_name(kind));
    json.key("shortDescription").begin_object().key("text").string(summary).end_object();
    json.key("fullDescription").begin_object().key("text").string(summary + ". " + help).end_object();
    json.key("help").begin_object().key("text").string(help).key("markdown").string(help).end_object();
    json.key("defaultConfiguration").begin_object().key("level").string("error").end_object();
    json.key("properties").begin_object().key("tags").begin_array().string("crosscheck").string("figures").end_array().end_object();
    json.end_object();
  }
  json.end_array();
  json.end_object().end_object();
  json.key("columnKind").string("unicodeCodePoints");
  // The sources, each with the language it was read in (a natural language: SARIF's own
  // sourceLanguage names programming languages, so it goes in the property bag).
  json.key("artifacts").begin_array();
  for (const SourceReport& s : report.sources) {
    json.begin_object();
    json.key("location").begin_object().key("uri").string(uri_from_path(s.path)).end_object();
    // Provenance: the bytes read, their hash and how they were read.
    if (!s.sha256.empty()) {
      json.key("length").integer(static_cast<long long>(s.size));
      json.key("mimeType").string(mime_type(s.format));
      json.key("hashes").begin_object().key("sha-256").string(s.sha256).end_object();
    }
    json.key("properties").begin_object();
    json.key("id").string(s.id);
    json.key("language").string(s.language);
    json.key("languageDetected").boolean(s.language_detected);
    if (!s.sha256.empty()) json.key("format").string(s.format);
    json.end_object();
    json.end_object();
  }
  json.end_array();
  json.key("results").begin_array();
  for (const Finding& f : report.findings)
    if (is_problem(f)) write_result(json, f, index_of(f.kind));
  json.end_array();
  json.key("properties").begin_object();
  json.key("title").string(report.title);
  json.key("ruleFiles").begin_array();
  for (const std::string& path : report.rule_files) json.string(path);
  json.end_array();
  json.end_object();
  json.end_object().end_array();
  json.end_object();
  json.finish();
}

}  // namespace crosscheck
