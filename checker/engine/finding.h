// The result of one check: what was compared, where it was written, and why it failed.
#pragma once

#include "base/diagnostic.h"
#include "base/interval.h"
#include "figures/figure.h"
#include "model/rule_file.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

enum class Status { pass, fail, unresolved };

std::string_view to_string(Status status);

// A figure brought to the unit it is compared in, and how it got there.
struct Normalised {
  Interval interval;
  Number value = 0;
  std::string unit;
  std::string rate;  // "119.65 JPY/USD on 2015-09-15 (ECB euro reference rates)"; empty if none used
  bool one_sided = false;  // "up to", "more than"...: the interval is a bound, not a precision
  // The date money is (or would be) converted at; diagnoses retry other dates and currencies.
  std::optional<Date> conversion_date;
};

// One mention as the reports show it: where the quote is, which figure was taken from it.
struct MentionReport {
  std::string source_id;
  std::string path;
  std::string quote;
  Location start;  // of the figure when one was chosen, else of the quote, else of the rule
  Location end;    // just past its last character
  Span span;       // bytes of the figure (or quote) in the original file
  Span quote_span; // bytes of the whole quote in the original file
  Span plain_quote;  // bytes of the whole quote in the source's plain text
  bool placed = false;  // span and quote_span say where the mention is in the file
  // A CSV source: the cell, with its row's and column's headers: C12 (row “Adana”, column “deaths”).
  std::string cell;
  // A PDF source: the page `start` is on and the line within that page (0 when not a PDF).
  std::size_t page = 0, page_line = 0;
  std::optional<Figure> figure;
  std::optional<Normalised> normalised;
  std::string problem;  // why this mention could not be used; empty when it could
  std::string closest;  // a quote not found: the passage of the source most like it
  // The line where `start` is, as a reader sees it (tags removed, entities decoded: a `<br />`
  // line end is not shown), and the bytes of it that the figure (or quote) and the whole quote
  // cover, for snippets.
  std::string line_text;
  Span line_figure;
  Span line_quote;
  // A quote with several figures and no `figure:`: all of them, so that the check can pick the one
  // whose kind the other mentions share.
  std::vector<Figure> candidates;
  bool primary = false;  // the mention a report underlines with ^^^ (others with ---)
};

struct Delta {
  Number absolute = 0;  // gap between the intervals, in the compared unit
  Number relative = 0;  // absolute / the larger nominal value
  Number ratio = 0;     // larger nominal / smaller nominal
  std::string unit;
};

struct Diagnosis {
  std::string code;        // kebab-case: scale-slip, different-referents, ...
  std::string message;
  std::string suggestion;  // the figure that would agree, or what to do; may be empty
};

// One reason to think two figures found with no rule file state one fact (discover, verify),
// with what it adds to the confidence.
struct Signal {
  std::string name;    // measure, words, value, conversion, date, names
  double weight = 0;   // 0..1, this signal alone
  std::string detail;  // why: the shared noun, the words, "a hundred times apart" ...
};

struct Finding {
  std::string check;   // the claim or check id, or the built-in check id
  std::string kind;    // agree, expect, conversion-pair, ...
  Status status = Status::pass;
  Severity severity = Severity::error;
  bool waived = false;
  std::string waiver_reason;
  bool baselined = false;  // a known failure listed in the --baseline file: shown, not counted
  std::string message;
  std::string about;
  Location rule;  // where the claim or check was declared
  std::vector<MentionReport> mentions;
  std::optional<Delta> delta;
  std::vector<Diagnosis> diagnosis;
  // Figures paired with no rule file: how sure the pairing is (0..1) and why.
  std::optional<double> confidence;
  std::vector<Signal> signals;
};

struct SourceReport {
  std::string id;
  std::string path;
  std::string title, publisher, author, url, published;
  bool primary = false;
  std::string language;            // the language it was read in (a BCP 47 tag)
  bool language_detected = false;  // detected from its text, not given by `language:` or --language
  // Provenance: what was read, so that anyone holding the files can check a report speaks of them.
  std::string format;   // text, markdown, html...; empty when the source could not be read
  std::uint64_t size = 0;  // bytes read
  std::string sha256;   // of those bytes, lowercase hex
};

struct Summary {
  std::size_t checks = 0, passed = 0, failed = 0, unresolved = 0, waived = 0, baselined = 0;
  std::size_t failed_error = 0, failed_warning = 0, failed_info = 0;
};

// A table a report shows beside its findings (discover's matrix: one row per fact, one column
// per text); the first row is the header.
struct ReportTable {
  std::string id;     // an anchor: kebab-case
  std::string title;
  std::vector<std::vector<std::string>> rows;
};

// Everything the report writers need; sorted and complete, never changed once built.
struct Report {
  std::string title;
  std::vector<std::string> rule_files;
  std::vector<SourceReport> sources;
  std::vector<Finding> findings;
  Summary summary;
  std::vector<std::string> notes;  // defaults that were assumed ($ read as USD ...), for --verbose
  std::vector<ReportTable> tables;
};

Summary summarise(const std::vector<Finding>& findings);

// A finding counts against --fail-on when it failed (or could not be resolved), is neither waived
// nor baselined, and is at or above the threshold.
bool counts_as_failure(const Finding& finding, Severity threshold);

}  // namespace crosscheck
