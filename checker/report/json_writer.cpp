// The machine-readable report, schema crosscheck.report/2 (documented in docs/report-schema.json).
#include "report/json_out.h"
#include "report/figure_json.h"
#include "report/writers.h"
#include "units/physical_units.h"

namespace crosscheck {

namespace {

void write_interval(JsonOut& json, const Interval& interval) {
  json.key("low").number(interval.low);
  json.key("high").number(interval.high);
  json.key("low_open").boolean(interval.low_open);
  json.key("high_open").boolean(interval.high_open);
}

void write_mention(JsonOut& json, const MentionReport& m) {
  json.begin_object();
  json.key("source").string(m.source_id);
  json.key("path").string(m.path);
  json.key("line").integer(static_cast<long long>(m.start.line));
  json.key("column").integer(static_cast<long long>(m.start.column));
  json.key("end_line").integer(static_cast<long long>(m.end.line));
  json.key("end_column").integer(static_cast<long long>(m.end.column));
  // Byte offsets in the original file (provenance): of the figure (else the quote), and of the quote.
  const auto offset = [&](const char* name, std::size_t value) {
    if (m.placed) json.key(name).integer(static_cast<long long>(value));
    else json.key(name).null();
  };
  offset("start", m.span.begin);
  offset("end", m.span.end);
  offset("quote_start", m.quote_span.begin);
  offset("quote_end", m.quote_span.end);
  if (!m.cell.empty()) json.key("cell").string(m.cell);  // a CSV source's cell, with its headers
  if (m.page) {  // a PDF source: the page, and the line within it
    json.key("page").integer(static_cast<long long>(m.page));
    json.key("page_line").integer(static_cast<long long>(m.page_line));
  }
  json.key("quote").string(m.quote);
  json.key("primary").boolean(m.primary);
  if (m.figure) {
    const Figure& f = *m.figure;
    json.key("figure").begin_object();
    json.key("text").string(f.text);
    json.key("kind").string(to_string(f.kind));
    json.key("value").number(f.value);
    write_interval(json, f.interval);
    json.key("unit").string(f.unit);
    json.key("qualifier").string(to_string(f.qualifier));
    if (f.kind == FigureKind::quantity) json.key("dimension").string(to_string(dimension_of(f.unit)));
    json.end_object();
  } else {
    json.key("figure").null();
  }
  if (m.normalised) {
    json.key("normalised").begin_object();
    json.key("value").number(m.normalised->value);
    write_interval(json, m.normalised->interval);
    json.key("unit").string(m.normalised->unit);
    json.key("rate").string(m.normalised->rate);
    json.end_object();
  } else {
    json.key("normalised").null();
  }
  json.key("problem").string(m.problem);
  json.end_object();
}

void write_finding(JsonOut& json, const Finding& f) {
  json.begin_object();
  json.key("check").string(f.check);
  json.key("kind").string(f.kind);
  json.key("status").string(to_string(f.status));
  json.key("severity").string(to_string(f.severity));
  json.key("waived").boolean(f.waived);
  if (f.waived) json.key("waiver_reason").string(f.waiver_reason);
  json.key("baselined").boolean(f.baselined);
  json.key("message").string(f.message);
  json.key("about").string(f.about);
  json.key("rule").begin_object();
  json.key("path").string(f.rule.file);
  json.key("line").integer(static_cast<long long>(f.rule.line));
  json.key("column").integer(static_cast<long long>(f.rule.column));
  json.end_object();
  json.key("mentions").begin_array();
  for (const MentionReport& m : f.mentions) write_mention(json, m);
  json.end_array();
  if (f.delta) {
    json.key("delta").begin_object();
    json.key("absolute").number(f.delta->absolute);
    json.key("relative").number(f.delta->relative);
    json.key("ratio").number(f.delta->ratio);
    json.key("unit").string(f.delta->unit);
    json.end_object();
  } else {
    json.key("delta").null();
  }
  json.key("diagnosis").begin_array();
  for (const Diagnosis& d : f.diagnosis) {
    json.begin_object();
    json.key("code").string(d.code);
    json.key("message").string(d.message);
    json.key("suggestion").string(d.suggestion);
    json.end_object();
  }
  json.end_array();
  if (f.confidence) write_confidence(json, *f.confidence, f.signals);  // figures paired with no rule file
  json.end_object();
}

}  // namespace

void write_json(const Report& report, const WriterOptions& options, std::ostream& out) {
  JsonOut json(out);
  json.begin_object();
  json.key("schema").string(kReportSchema);
  json.key("tool").begin_object();
  json.key("name").string("crosscheck");
  json.key("version").string(options.tool_version);
  json.end_object();
  json.key("title").string(report.title);
  json.key("rule_files").begin_array();
  for (const std::string& path : report.rule_files) json.string(path);
  json.end_array();
  const Summary& s = report.summary;
  json.key("summary").begin_object();
  json.key("checks").integer(static_cast<long long>(s.checks));
  json.key("pass").integer(static_cast<long long>(s.passed));
  json.key("fail").integer(static_cast<long long>(s.failed));
  json.key("unresolved").integer(static_cast<long long>(s.unresolved));
  json.key("waived").integer(static_cast<long long>(s.waived));
  json.key("baselined").integer(static_cast<long long>(s.baselined));
  json.key("fail_by_severity").begin_object();
  json.key("error").integer(static_cast<long long>(s.failed_error));
  json.key("warning").integer(static_cast<long long>(s.failed_warning));
  json.key("info").integer(static_cast<long long>(s.failed_info));
  json.end_object();
  json.end_object();
  json.key("sources").begin_array();
  for (const SourceReport& src : report.sources) {
    json.begin_object();
    json.key("id").string(src.id);
    json.key("path").string(src.path);
    json.key("title").string(src.title);
    json.key("publisher").string(src.publisher);
    json.key("author").string(src.author);
    json.key("url").string(src.url);
    json.key("published").string(src.published);
    json.key("primary").boolean(src.primary);
    json.key("language").string(src.language);
    json.key("language_detected").boolean(src.language_detected);
    // Provenance: null when the source could not be read.
    if (src.sha256.empty()) {
      json.key("format").null();
      json.key("size").null();
      json.key("sha256").null();
    } else {
      json.key("format").string(src.format);
      json.key("size").integer(static_cast<long long>(src.size));
      json.key("sha256").string(src.sha256);
    }
    json.end_object();
  }
  json.end_array();
  json.key("findings").begin_array();
  for (const Finding& f : report.findings) write_finding(json, f);
  json.end_array();
  json.end_object();
  json.finish();
}

}  // namespace crosscheck
