// Candidate conflicts across sources with no rule file (SPEC §8): figures of the same kind and
// unit whose surrounding words say they speak of the same thing, and whose values disagree.
#pragma once

#include "engine/finding.h"
#include "engine/normaliser.h"
#include "figures/figure.h"
#include "model/rule_file.h"
#include "text/source_file.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

struct DiscoverSource {
  std::string id;              // snake_case, unique: the source's id in a written rule file
  const SourceFile* file = nullptr;
  std::vector<Figure> figures;  // of file->plain()
  std::optional<Date> published;  // when known (a partial date stands for its first day)
  std::string language;           // BCP 47 tag of its text; texts in different languages share few words
};

// Texts as sources: ids from their file names (snake_case, made unique), figures read in each
// text's language (`language` when not empty, else detected from the text).
std::vector<DiscoverSource> make_sources(const std::vector<std::unique_ptr<SourceFile>>& files,
                                         std::string_view language);

// A date in a file's name, as newsrooms file texts: "csis-2015-09-party-chief-visit.txt" →
// 2015-09, "memo-2015-09-15.txt" → 2015-09-15.
std::optional<Date> date_in_name(std::string_view path);

// The newest whole date a source writes (a day with its year), else the first day of its
// `published` date: the best guess of when it was written.
std::optional<Date> newest_date(const DiscoverSource& source);

struct DiscoverOptions {
  Tolerance tolerance;       // 1% unless set
  std::optional<Date> as_of;  // money in different currencies is converted at this date, else
  Date fallback;              // at the newest date either text writes, else at this one
  double min_score = 0.3;    // least confidence of a pair listed (0..1)
  std::size_t limit = 20;    // most conflicts listed
};

// Where a figure is: its source and its index in that source's figures.
struct FigureRef {
  std::size_t source = 0;
  std::size_t figure = 0;
};

struct Conflict {
  FigureRef a, b;                   // a's source comes first
  double score = 0;                 // the confidence, 0..1, combined from `signals`
  std::vector<std::string> shared;  // the words they share, most telling first
  std::vector<Signal> signals;      // strongest first
  bool beyond_precision = false;    // they agree within the tolerance but not within their precision
  Normalised a_value, b_value;      // in one unit
  Delta delta;
  int power_of_ten = 0;             // 2: a hundred times apart (a likely scale slip)
  Date date;                        // the date money was (or would be) converted at
  bool agrees = false;              // verify only: the two state one fact alike
};

// Ranked by score (highest first), then by where the figures are; at most options.limit.
std::vector<Conflict> find_conflicts(const std::vector<DiscoverSource>& sources,
                                     const Normaliser& normaliser, const DiscoverOptions& options);

// The same pairing with a direction (verify): every pair a figure of sources[draft] forms with a
// figure of another source stating one fact, agreeing (`agrees`) or not, ranked as above with no
// limit; and the draft's figures that were compared at all (a list's "3" or "thousands" is not).
struct DraftPairs {
  std::vector<Conflict> pairs;
  std::vector<std::size_t> compared;  // indexes into sources[draft].figures, in reading order
};
DraftPairs pair_draft(const std::vector<DiscoverSource>& sources, std::size_t draft, const Normaliser& normaliser,
                      const DiscoverOptions& options);

// The sentence around a figure of `text`, at most 600 bytes either side of it.
Span sentence_of(std::string_view text, Span figure);

}  // namespace crosscheck
