#include "checks/runner.h"

#include "base/parallel.h"
#include "checks/check_context.h"
#include "checks/claim_values.h"

#include "diagnose/diagnosis_table.h"
#include "engine/mention_resolver.h"
#include "engine/source_set.h"
#include "units/conversion.h"
#include "units/rate_csv.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace crosscheck {

namespace {

// What a finding's claim or check declared, by id: built once per rule file, so that each finding
// is a lookup rather than a scan.
struct Declared {
  const Waiver* waiver = nullptr;
  Tolerance tolerance;
};

std::map<std::string_view, Declared> declared_in(const RuleFile& rules) {
  std::map<std::string_view, Declared> declared;
  for (const ClaimDecl& c : rules.claims)
    declared[c.id] = {c.waive ? &*c.waive : nullptr, c.tolerance.value_or(rules.defaults.tolerance)};
  for (const CheckDecl& c : rules.checks)
    declared[c.id] = {c.waive ? &*c.waive : nullptr, c.tolerance.value_or(rules.defaults.tolerance)};
  return declared;
}

void apply_waiver(Finding& finding, const Waiver* waiver, const Date& today) {
  if (!waiver || finding.status == Status::pass) return;
  if (waiver->until && last_day(*waiver->until) < today) return;  // expired: the failure is back
  finding.waived = true;
  finding.waiver_reason = waiver->reason;
}

SourceReport source_report(const SourceDecl& decl, const LoadedSource* loaded) {
  SourceReport s;
  s.id = decl.id;
  s.path = decl.path;
  s.title = decl.title;
  s.publisher = decl.publisher;
  s.author = decl.author;
  s.url = decl.url;
  s.published = decl.published ? to_string(*decl.published) : "";
  s.primary = decl.primary;
  if (loaded) {
    s.language = loaded->language.tag;
    s.language_detected = loaded->language.detected;
    describe_file(s, *loaded->file);
  }
  return s;
}

}  // namespace

CurrencyConverter make_converter(const RateTable& rates) {
  return [&rates](const Interval& interval, const Number& value, const std::string& from,
                  const std::string& to, const std::optional<Date>& date,
                  std::string& problem) -> std::optional<Converted> {
    if (!date || !date->complete()) {
      problem = fmt::format("no date to convert {} to {} at: give the claim an as_of date", from, to);
      return std::nullopt;
    }
    ConversionResult result = convert(rates, value, interval, from, to, *date);
    if (!result) {
      problem = result.failure;
      return std::nullopt;
    }
    return Converted{result->value, result->nominal, describe(result->rate)};
  };
}

std::optional<Report> run_checks(const std::vector<RuleFile>& rules, const RunOptions& run_options,
                                 DiagnosticSink& sink) {
  SourceSet sources;
  sources.load(rules, sink, run_options.jobs, run_options.language);
  return run_checks(rules, run_options, sources, sink);
}

std::optional<Report> run_checks(const std::vector<RuleFile>& rules, const RunOptions& run_options,
                                 const SourceSet& sources, DiagnosticSink& sink) {
  RunOptions options = run_options;
  for (const RuleFile& file : rules)
    for (const std::string& rates : file.rates) load_rates_file(rates, options.rates, sink);
  if (sink.has_errors()) return std::nullopt;
  CurrencyConverter converter = make_converter(options.rates);

  Report report;
  std::set<std::pair<std::string, std::string>> listed;  // (id, path) of the sources listed
  // A source that several rule files share states its conversion pairs and sums once: the first
  // rule file that checks one reports it.
  std::set<std::tuple<std::string, std::string, std::size_t>> per_source;
  for (const RuleFile& file : rules) {
    report.rule_files.push_back(file.path);
    if (report.title.empty()) report.title = file.title;
    // Rule files that share a sources file list each source once.
    for (const SourceDecl& decl : file.sources)
      if (listed.insert({decl.id, decl.path}).second)
        report.sources.push_back(source_report(decl, sources.find(file, decl.id)));
    Normaliser normaliser(converter, file.defaults.currency);
    CheckContext context{file, sources, normaliser, options.as_of, options.jobs};
    const std::vector<ClaimValue> claims = resolve_claims(context);
    context.claims = &claims;
    std::vector<Finding> findings;
    for (const CheckKind& kind : check_kinds()) kind.run(context, findings);
    auto declared = declared_in(file);
    const std::size_t first = report.findings.size();
    for (Finding& finding : findings) {
      if ((finding.kind == "conversion-pair" || finding.kind == "sum-statement") && !finding.mentions.empty() &&
          !per_source.emplace(finding.kind, finding.mentions.front().path, finding.mentions.front().span.begin).second)
        continue;
      report.findings.push_back(std::move(finding));
    }
    // Each finding is diagnosed on its own (a conversion at a nearby date, a word in a quote): on
    // `jobs` threads, each writing only its own finding.
    parallel_for(report.findings.size() - first, options.jobs, [&](std::size_t i) {
      Finding& finding = report.findings[first + i];
      auto own = declared.find(finding.check);
      Declared d = own == declared.end() ? Declared{nullptr, file.defaults.tolerance} : own->second;
      DiagnoseContext diagnose_context{normaliser, d.tolerance};
      diagnose(finding, diagnose_context);
      apply_waiver(finding, d.waiver, options.today);
    });
  }
  report.summary = summarise(report.findings);
  return report;
}

void lint_rules(const std::vector<RuleFile>& rules, DiagnosticSink& sink, const std::string& language) {
  SourceSet sources;
  sources.load(rules, sink, 1, language);
  RateTable rates = RateTable::built_in();
  CurrencyConverter converter = make_converter(rates);
  for (const RuleFile& file : rules) {
    Normaliser normaliser(converter, file.defaults.currency);
    CheckContext context{file, sources, normaliser, std::nullopt};
    for (const ClaimDecl& claim : file.claims) {
      // Resolved as `check` resolves it, so that lint and check agree on which figure a quote states.
      ClaimValue value = resolve_claim(claim, context);
      for (std::size_t i = 0; i < claim.mentions.size(); ++i) {
        const MentionDecl& mention = claim.mentions[i];
        if (!sources.find(file, mention.source)) continue;  // already reported by load
        const std::string& problem = value.mentions[i].problem;
        if (!problem.empty())
          sink.error(mention.has_cell ? mention.cell_where : mention.quote_where, "claim '{}', mention of '{}': {}",
                     claim.id, mention.source, problem);
      }
    }
  }
}

}  // namespace crosscheck
