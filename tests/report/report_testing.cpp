#include "report_testing.h"

#include "checks/runner.h"
#include "discover/verify.h"
#include "load/rule_loader.h"
#include "report/writers.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <sys/wait.h>

namespace crosscheck::testing {

const std::string kHostile =
    "<script>window.__pwned=1;alert(1)</script> ]]> %0A %25 :: ::error file=x::y `tick` ``` | pipe *star* "
    "_under_ [link](javascript:alert(1)) &amp; & \"dq\" 'sq' $5 $6 \\ line\nbreak\r\nCRLF "
    "\x01\x08\x0b\x1b\x7f ctl \xEF\xBF\xBE nonchar é 億 ✓ <img src=x onerror=alert(2)>";

namespace {

MentionReport mention(std::string source, std::string path, std::size_t line, bool primary) {
  MentionReport m;
  m.source_id = std::move(source);
  m.path = path;
  m.quote = "quote " + kHostile + " $5 million";
  std::string before = "Before " + kHostile + " the ";
  m.line_text = before + "$5 million" + " after " + kHostile;
  std::size_t column = 1;
  for (char c : before)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
  m.start = Location{path, line, column};
  m.end = Location{path, line, column + 10};
  m.span = Span{1000 + before.size(), 1000 + before.size() + 10};
  m.quote_span = Span{1000 + 7, 1000 + before.size() + 10};
  m.line_figure = Span{before.size(), before.size() + 10};
  m.line_quote = Span{7, before.size() + 10};
  m.placed = true;
  Figure f;
  f.text = "$5 million";
  f.kind = FigureKind::money;
  f.value = 5000000;
  f.unit = "USD";
  m.figure = f;
  Normalised n;
  n.value = 5000000;
  n.interval = Interval{4500000, 5500000};
  n.unit = "USD";
  n.rate = "rate " + kHostile;
  m.normalised = n;
  m.primary = primary;
  return m;
}

}  // namespace

Report hostile_report() {
  Report r;
  r.title = "Title " + kHostile;
  r.rule_files = {"rules/hostile <dir>/rules.yaml"};
  SourceReport a;
  a.id = "plain";
  a.path = "fixtures/hostile dir/a<b>&c.txt";
  a.title = "Source " + kHostile;
  a.publisher = kHostile;
  a.author = kHostile;
  a.url = "javascript:alert(3)";
  a.published = "2024-05";
  a.language = "vi";
  a.language_detected = true;
  SourceReport b = a;
  b.id = "page";
  b.path = "fixtures/hostile dir/page.html";
  b.language = "de";
  b.language_detected = false;
  b.url = "https://example.invalid/?a=1&b=<2>";
  b.format = "html";
  b.size = 1234;
  b.sha256 = std::string(64, 'a');  // `plain` was not read: no provenance
  r.sources = {a, b};

  Finding fail;
  fail.check = "budget";
  fail.kind = "agree";
  fail.status = Status::fail;
  fail.severity = Severity::error;
  fail.message = "message " + kHostile;
  fail.about = "about " + kHostile;
  fail.rule = Location{r.rule_files[0], 10, 3};
  fail.mentions = {mention("plain", a.path, 3, true), mention("page", b.path, 7, false)};
  fail.delta = Delta{2000000, Number("0.2857"), Number("1.4"), "USD"};
  fail.diagnosis = {{"different-referents", "diagnosis " + kHostile, "suggestion " + kHostile}};

  Finding unresolved = fail;
  unresolved.check = "ships";
  unresolved.status = Status::unresolved;
  unresolved.severity = Severity::warning;
  unresolved.delta.reset();
  unresolved.mentions[1].figure.reset();
  unresolved.mentions[1].normalised.reset();
  unresolved.mentions[1].problem = "quote not found; the closest passage is \"" + kHostile + "\"";
  unresolved.mentions[1].closest = kHostile;
  unresolved.mentions[1].line_text.clear();
  unresolved.mentions[1].start = Location{r.rule_files[0], 20, 7};
  unresolved.mentions[1].end = unresolved.mentions[1].start;
  unresolved.diagnosis = {{"stale-quote", "stale " + kHostile, ""}};

  Finding waived = fail;
  waived.check = "rank";
  waived.severity = Severity::info;
  waived.waived = true;
  waived.waiver_reason = "reason " + kHostile;

  Finding pass = fail;
  pass.check = "visit";
  pass.status = Status::pass;
  pass.delta.reset();
  pass.diagnosis.clear();

  r.findings = {fail, unresolved, waived, pass};
  r.summary = summarise(r.findings);
  r.notes = {"note " + kHostile};
  return r;
}

Report run_rules(const std::vector<std::string>& paths) {
  DiagnosticSink sink;
  std::vector<RuleFile> rules = load_rule_paths(paths, sink);
  RunOptions options;
  options.today = *parse_iso_date("2026-01-01");
  std::optional<Report> report;
  if (!sink.has_errors()) report = run_checks(rules, options, sink);
  for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << to_string(d);
  return report ? *report : Report{};
}

std::string render(std::string_view format, const Report& report, bool verbose) {
  const ReportFormat* f = find_report_format(format);
  if (!f) {
    ADD_FAILURE() << "no report format " << format;
    return "";
  }
  WriterOptions options;
  options.verbose = verbose;
  options.tool_version = "0.0.0-test";
  std::ostringstream out;
  f->write(report, options, out);
  return out.str();
}

std::filesystem::path artifact_dir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path dir = ec ? std::filesystem::temp_directory_path() / "crosscheck-report-artifacts"
                                 : exe.parent_path() / "report-artifacts";
  std::filesystem::create_directories(dir);
  return dir;
}

void write_text(const std::filesystem::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  ASSERT_TRUE(out.good()) << "cannot write " << path;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int run_command(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool have_program(std::string_view program) {
  std::string output;
  return run_command("command -v " + shell_quote(program), output) == 0;
}

std::string shell_quote(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::pair<Report, Report> hostile_pairing_reports() {
  DiagnosticSink sink;
  std::vector<std::unique_ptr<SourceFile>> files;
  for (const char* path : {"fixtures/hostile/plain-article.txt", "fixtures/hostile/html-article.html"})
    files.push_back(load_source(path, sink));
  EXPECT_FALSE(sink.has_errors());
  const std::vector<DiscoverSource> sources = make_sources(files, "");
  const RateTable rates = RateTable::built_in();
  Normaliser normaliser(make_converter(rates), "USD");
  DiscoverOptions options;
  options.fallback = *rates.newest_built_in_date();
  const DiagnoseContext context{normaliser, options.tolerance};
  return {conflicts_report(sources, find_conflicts(sources, normaliser, options), context),
          verify_report(sources, 0, pair_draft(sources, 0, normaliser, options), context)};
}

}  // namespace crosscheck::testing
