// A rule file as plain data: what the editor declared, with where each piece was written.
#pragma once

#include "base/date.h"
#include "base/diagnostic.h"
#include "base/number.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

enum class Severity { info, warning, error };

struct Tolerance {
  enum class Kind { relative, absolute, exact };
  Kind kind = Kind::relative;
  Number amount = Number(1) / 100;  // a fraction for relative ("1%" → 0.01), an amount for absolute
  Location where;
};

struct Waiver {
  std::string reason;
  std::optional<Date> until;
  Location where;
};

struct SourceDecl {
  std::string id;
  std::string path;  // as resolved against the rule file's folder
  std::string title, publisher, author, url;
  std::optional<Date> published;
  bool primary = false;
  std::string language;  // empty: detect
  std::string dollar;    // what "$" means in this source; empty: the default
  Location where;        // the id's key
  Location path_where;   // the path's value
};

struct MentionDecl {
  std::string source;
  std::string quote;
  std::optional<std::string> figure_text;  // `figure:` given as text
  std::optional<int> figure_index;         // `figure:` given as a 1-based index
  std::optional<int> occurrence;           // 1-based
  std::optional<Date> as_of;
  std::optional<std::string> value;        // the figure the editor expects, a literal
  // A table's cell instead of a quote (CSV sources): `cell: C12`, or a row and a column named by
  // the table's first column and header row.
  std::string cell;         // A1 notation; empty when the cell is named by row and column
  std::string cell_row, cell_column;
  bool has_cell = false;
  Location cell_where;
  Location where;         // the mention (its source key or list item)
  Location source_where;  // the source id as written (the key, or the value of `source:`)
  Location quote_where;   // the quote's first character (after an opening quote mark)
};

struct ClaimDecl {
  std::string id;
  std::string about, note;
  std::optional<Date> as_of;
  std::vector<MentionDecl> mentions;
  std::optional<std::string> value;  // a literal value; with mentions, the value they must state
  Location value_where;              // the value's first character (after an opening quote mark)
  std::optional<Tolerance> tolerance;
  std::optional<Severity> severity;
  std::optional<Waiver> waive;
  Location where;
};

struct CheckDecl {
  std::string id;
  std::string about;
  std::string expect;
  Location expect_where;  // where the expression's first character is
  std::optional<Tolerance> tolerance;
  std::optional<Severity> severity;
  std::optional<Waiver> waive;
  Location where;
};

struct Defaults {
  Tolerance tolerance;
  Severity severity = Severity::error;
  std::string currency = "USD";
  // Overrides of the approximation widths, keyed by qualifier name ("about": "5%").
  std::map<std::string, std::string> approximations;
};

struct BuiltinChecks {
  bool conversion_pairs = true;
  bool sum_statements = false;
};

struct RuleFile {
  std::string path;
  int version = 1;
  std::string title;
  Defaults defaults;
  BuiltinChecks builtins;
  std::vector<std::string> rates;  // extra rate files, resolved against the rule file's folder
  std::vector<SourceDecl> sources; // including those of included files
  std::vector<ClaimDecl> claims;
  std::vector<CheckDecl> checks;
};

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

}  // namespace crosscheck
