// One self-contained HTML audit report: summary, sources, every finding with its quoted passages
// side by side (figure marked), values, rates and diagnosis, and filters. It makes no request: the
// style and script are inline and a Content-Security-Policy allows exactly those two blocks (by
// their SHA-256) and nothing else. Every piece of document or rule text goes through html_escape.
#include "engine/amount_format.h"
#include "report/escape.h"
#include "report/html_assets.h"
#include "report/report_text.h"
#include "base/sha256.h"
#include "report/writers.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace crosscheck {

namespace {

std::string csp_hash(std::string_view block) {
  Sha256Digest digest = sha256(block);
  return "'sha256-" + base64(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size())) + "'";
}

// Moves a byte offset back to the start of its code point.
std::size_t code_point_start(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// The passage of a mention's line around its figure: the quote underlined, the figure marked.
// Long lines (paragraphs) are cut to a window around the quote.
std::string passage_html(const MentionReport& m) {
  std::string_view line = m.line_text;
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  if (line.empty() || m.start.line == 0) return "";
  // The line as a reader sees it (tags removed), with the figure's and the quote's bytes in it.
  std::size_t fig_b = std::min(m.line_figure.begin, line.size());
  std::size_t fig_e = std::clamp(m.line_figure.end, fig_b, line.size());
  std::size_t q_b = fig_b, q_e = fig_e;
  if (!m.line_quote.empty()) {
    q_b = std::min(fig_b, m.line_quote.begin);
    q_e = std::min(line.size(), std::max(fig_e, m.line_quote.end));
  }
  q_b = code_point_start(line, q_b);
  q_e = code_point_start(line, q_e);
  constexpr std::size_t kContext = 240;  // bytes either side of the quote
  std::size_t w_b = q_b > kContext ? code_point_start(line, q_b - kContext) : 0;
  std::size_t w_e = line.size() - q_e > kContext ? code_point_start(line, q_e + kContext) : line.size();
  // Cut at a space when there is one near, so that words stay whole.
  if (w_b > 0) {
    std::size_t space = line.find(' ', w_b);
    if (space != std::string_view::npos && space < q_b) w_b = space + 1;
  }
  if (w_e < line.size()) {
    std::size_t space = line.rfind(' ', w_e);
    if (space != std::string_view::npos && space > q_e) w_e = space;
  }
  bool marked = m.figure.has_value();
  std::string html = "<blockquote class=\"passage\">";
  if (w_b > 0) html += "…";
  html += html_escape(line.substr(w_b, q_b - w_b));
  html += "<span class=\"quote\">";
  html += html_escape(line.substr(q_b, fig_b - q_b));
  html += marked ? "<mark>" : "";
  html += html_escape(line.substr(fig_b, fig_e - fig_b));
  html += marked ? "</mark>" : "";
  html += html_escape(line.substr(fig_e, q_e - fig_e));
  html += "</span>";
  html += html_escape(line.substr(q_e, w_e - q_e));
  if (w_e < line.size()) html += "…";
  html += "</blockquote>";
  return html;
}

const SourceReport* find_source(const Report& report, const std::string& id) {
  for (const SourceReport& s : report.sources)
    if (s.id == id) return &s;
  return nullptr;
}

void row(std::string& html, std::string_view name, const std::string& value) {
  if (value.empty()) return;
  html += fmt::format("<dt>{}</dt><dd>{}</dd>", name, html_escape(value));
}

std::string mention_html(const Report& report, const MentionReport& m) {
  std::string html = fmt::format("<figure class=\"mention {}\">", m.primary ? "primary" : "other");
  html += fmt::format("<figcaption><span class=\"role\">{}</span> <b>{}</b>", m.primary ? "primary" : "mention",
                      html_escape(m.source_id));
  if (const SourceReport* s = find_source(report, m.source_id)) {
    if (!s->title.empty()) html += " · <cite>" + html_escape(s->title) + "</cite>";
    if (!s->publisher.empty()) html += " · " + html_escape(s->publisher);
    if (!s->published.empty()) html += " · " + html_escape(s->published);
  }
  html += "<br><span class=\"path\">" + html_escape(to_string(place_of(m))) + "</span>";
  if (!page_label(m).empty()) html += " " + html_escape(page_label(m));
  html += "</figcaption>";
  html += passage_html(m);
  html += "<dl>";
  row(html, "quote", "“" + m.quote + "”");
  if (m.figure) row(html, "figure", fmt::format("{} ({})", m.figure->text, to_string(m.figure->kind)));
  if (m.normalised) {
    row(html, "value", describe_normalised(*m.normalised));
    row(html, "rate", m.normalised->rate);
  }
  row(html, "problem", m.problem);
  row(html, "closest", m.closest);
  if (m.placed) row(html, "bytes", fmt::format("{}..{} in the file", m.span.begin, m.span.end));
  html += "</dl></figure>";
  return html;
}

std::string sources_of(const Finding& f) {
  std::vector<std::string> ids;
  for (const MentionReport& m : f.mentions)
    if (std::find(ids.begin(), ids.end(), m.source_id) == ids.end()) ids.push_back(m.source_id);
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

// `anchor` is unique in the page: a built-in check may give several findings under one id.
void write_finding(const Report& report, const Finding& f, const std::string& anchor, std::ostream& out) {
  std::string_view status = status_label(f);
  std::string_view severity = kSeverityLabels[severity_index(f.severity)];
  out << "<details class=\"finding\" id=\"" << html_escape(anchor) << "\" data-status=\"" << status
      << "\" data-severity=\"" << severity << "\" data-sources=\"" << html_escape(sources_of(f)) << "\""
      << (status == "fail" || status == "unresolved" ? " open" : "") << ">\n";
  out << "<summary><span class=\"badge " << status << "\">" << status << "</span> <span class=\"badge sev\">"
      << severity << "</span> <code>" << html_escape(f.check) << "</code> <span class=\"meta\">"
      << html_escape(finding_code(f)) << "</span> — " << html_escape(f.message) << "</summary>\n";
  if (!f.about.empty()) out << "<p>" << html_escape(f.about) << "</p>\n";
  if (!f.rule.file.empty())
    out << "<p class=\"meta\">" << html_escape(f.kind) << " check declared at <span class=\"path\">"
        << html_escape(to_string(place_of_rule(f))) << "</span></p>\n";
  if (!f.mentions.empty()) {
    out << "<div class=\"mentions\">\n";
    for (const MentionReport& m : f.mentions) out << mention_html(report, m) << '\n';
    out << "</div>\n";
  }
  if (f.delta && f.status == Status::fail)
    out << "<p class=\"delta\">Difference: " << html_escape(delta_label(f)) << "</p>\n";
  if (!f.diagnosis.empty()) {
    out << "<ul class=\"diagnosis\">\n";
    for (const Diagnosis& d : f.diagnosis) {
      out << "<li><code>" << html_escape(d.code) << "</code> " << html_escape(d.message);
      if (!d.suggestion.empty()) out << "<div class=\"help\">Help: " << html_escape(d.suggestion) << "</div>";
      out << "</li>\n";
    }
    out << "</ul>\n";
  }
  if (f.confidence) {
    out << "<p class=\"confidence\">Confidence " << fmt::format("{:.2f}", *f.confidence) << "</p>\n";
    out << "<ul class=\"signals\">\n";
    for (const Signal& signal : f.signals)
      out << "<li><code>" << html_escape(signal.name) << "</code> " << fmt::format("{:.2f}", signal.weight) << " "
          << html_escape(signal.detail) << "</li>\n";
    out << "</ul>\n";
  }
  if (f.waived) out << "<p class=\"meta\">Waived: " << html_escape(f.waiver_reason) << "</p>\n";
  else if (f.baselined) out << "<p class=\"meta\">Baselined: a known failure listed in the baseline file.</p>\n";
  out << "</details>\n";
}

bool is_web_url(std::string_view url) { return url.starts_with("https://") || url.starts_with("http://"); }

void write_html_summary(const Report& report, std::ostream& out) {
  StatusCounts counts = count_by_status(report);
  out << "<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"counts\">\n<thead><tr><th>status</th>";
  for (std::string_view s : kSeverityLabels) out << "<th class=\"n\">" << s << "</th>";
  out << "<th class=\"n\">total</th></tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < kStatusLabels.size(); ++r) {
    out << "<tr><th><span class=\"badge " << kStatusLabels[r] << "\">" << kStatusLabels[r] << "</span></th>";
    for (std::size_t c : counts.counts[r]) out << "<td class=\"n\">" << c << "</td>";
    out << "<td class=\"n\">" << counts.row_total(r) << "</td></tr>\n";
  }
  out << "<tr><th>total</th>";
  for (std::size_t c = 0; c < kSeverityLabels.size(); ++c) out << "<td class=\"n\">" << counts.column_total(c) << "</td>";
  out << "<td class=\"n\">" << counts.total() << "</td></tr>\n</tbody>\n</table>\n</section>\n";

  out << "<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>id</th><th>title</th>"
         "<th>publisher</th><th>author</th><th>published</th><th>language</th><th>file</th><th>format</th><th class=\"n\">bytes</th>"
         "<th>sha256</th></tr></thead>\n<tbody>\n";
  for (const SourceReport& s : report.sources) {
    out << "<tr><td><code>" << html_escape(s.id) << "</code>" << (s.primary ? " <span class=\"meta\">primary</span>" : "")
        << "</td><td>";
    // Links only to web pages: a javascript: or data: URL from a rule file stays text.
    if (is_web_url(s.url))
      out << "<a href=\"" << html_escape(s.url) << "\" rel=\"noopener noreferrer\">"
          << html_escape(s.title.empty() ? s.url : s.title) << "</a>";
    else
      out << html_escape(s.title) << (s.url.empty() ? "" : " <span class=\"path\">" + html_escape(s.url) + "</span>");
    out << "</td><td>" << html_escape(s.publisher) << "</td><td>" << html_escape(s.author) << "</td><td>"
        << html_escape(s.published) << "</td><td>" << html_escape(language_label(s)) << "</td><td class=\"path\">"
        << html_escape(s.path) << "</td><td>" << html_escape(s.format) << "</td><td class=\"n\">"
        << (s.sha256.empty() ? "" : std::to_string(s.size)) << "</td><td class=\"hash\">" << html_escape(s.sha256)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

void write_filters(const Report& report, std::ostream& out) {
  StatusCounts counts = count_by_status(report);
  // Hidden until the script shows it: without the script the controls would do nothing.
  out << "<div id=\"filters\" class=\"filters\" hidden>\n<fieldset><legend>Status</legend>";
  for (std::size_t r = 0; r < kStatusLabels.size(); ++r)
    out << "<label><input type=\"checkbox\" name=\"status\" value=\"" << kStatusLabels[r] << "\" checked> "
        << kStatusLabels[r] << " (" << counts.row_total(r) << ")</label>";
  out << "</fieldset>\n<fieldset><legend>Severity</legend>";
  for (std::size_t c = 0; c < kSeverityLabels.size(); ++c)
    out << "<label><input type=\"checkbox\" name=\"severity\" value=\"" << kSeverityLabels[c] << "\" checked> "
        << kSeverityLabels[c] << " (" << counts.column_total(c) << ")</label>";
  out << "</fieldset>\n<label>Source <select name=\"source\"><option value=\"\">all sources</option>";
  for (const SourceReport& s : report.sources)
    out << "<option value=\"" << html_escape(s.id) << "\">" << html_escape(s.id) << "</option>";
  out << "</select></label>\n<output id=\"shown\"></output>\n</div>\n";
}

// A table beside the findings (discover's matrix), every cell escaped.
void write_table(const ReportTable& table, std::ostream& out) {
  if (table.rows.empty()) return;
  out << "<section id=\"" << html_escape(table.id) << "\">\n<h2>" << html_escape(table.title) << "</h2>\n<table>\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    out << (r == 0 ? "<thead><tr>" : "<tr>");
    for (const std::string& cell : table.rows[r])
      out << (r == 0 ? "<th>" : "<td>") << html_escape(cell) << (r == 0 ? "</th>" : "</td>");
    out << (r == 0 ? "</tr></thead>\n<tbody>\n" : "</tr>\n");
  }
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

void write_html(const Report& report, const WriterOptions& options, std::ostream& out) {
  std::string title = report.title.empty() ? "crosscheck report" : "crosscheck: " + report.title;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      << csp_hash(kHtmlReportStyle) << "; script-src " << csp_hash(kHtmlReportScript)
      << "; base-uri 'none'; form-action 'none'\">\n";
  out << "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out << "<title>" << html_escape(title) << "</title>\n";
  out << "<style>" << kHtmlReportStyle << "</style>\n</head>\n<body>\n";
  out << "<header>\n<h1>" << html_escape(title) << "</h1>\n<p class=\"meta\">";
  const Summary& s = report.summary;
  out << fmt::format("{} check{}: {} passed, {} failed ({} error, {} warning, {} info), {} unresolved, {} waived",
                     s.checks, s.checks == 1 ? "" : "s", s.passed, s.failed, s.failed_error,
                     s.failed_warning, s.failed_info, s.unresolved, s.waived);
  if (s.baselined) out << ", " << s.baselined << " baselined";
  out << "</p>\n";
  if (!report.rule_files.empty()) {
    out << "<p class=\"meta\">Rule files:";
    for (const std::string& path : report.rule_files) out << " <span class=\"path\">" << html_escape(path) << "</span>";
    out << "</p>\n";
  }
  out << "</header>\n";
  write_html_summary(report, out);
  out << "<section id=\"checks\">\n<h2>Checks</h2>\n";
  write_filters(report, out);
  std::map<std::string, int> seen;
  for (const Finding& f : report.findings) {
    int n = ++seen["check-" + f.check];
    write_finding(report, f, "check-" + f.check + (n > 1 ? "-" + std::to_string(n) : ""), out);
  }
  out << "</section>\n";
  for (const ReportTable& table : report.tables) write_table(table, out);
  if (options.verbose && !report.notes.empty()) {
    out << "<section id=\"notes\">\n<h2>Assumptions</h2>\n<ul>\n";
    for (const std::string& note : report.notes) out << "<li>" << html_escape(note) << "</li>\n";
    out << "</ul>\n</section>\n";
  }
  out << "<footer>crosscheck " << html_escape(options.tool_version) << "</footer>\n";
  out << "<script>" << kHtmlReportScript << "</script>\n</body>\n</html>\n";
}

}  // namespace crosscheck
