// Discovered conflicts for machines (SPEC §8): `crosscheck.conflicts/1`, documented by
// docs/conflicts-schema.json.
#pragma once

#include "discover/discover.h"

#include <ostream>
#include <string>
#include <vector>

namespace crosscheck {

// One fact that texts disagree on: the figures (of the conflicts joined through shared figures)
// each text gives for it. A row of the discrepancy matrix.
struct Fact {
  std::vector<std::vector<FigureRef>> by_source;  // indexed by source; empty where a text is silent
  std::vector<std::size_t> conflicts;             // indexes into the conflict list
};

// Conflicts joined into facts: two conflicts that share a figure speak of one fact. In the order
// of each fact's strongest conflict.
std::vector<Fact> facts_of(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts);

// The JSON document: the sources (path, sha256, language), every conflict with both figures as
// `extract --format json` gives them, the values in one unit, the confidence and its signals, and
// the facts (the matrix).
void write_conflicts_json(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts,
                          std::ostream& out);

// The matrix: a header row ("fact", then the id of each text that says something of any fact),
// then one row per fact, what each text says ("-" where it is silent).
std::vector<std::vector<std::string>> matrix_rows(const std::vector<DiscoverSource>& sources,
                                                  const std::vector<Conflict>& conflicts);

// The matrix as text: one row per fact, one column per text that says something of any fact.
void write_matrix(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts,
                  std::ostream& out);

}  // namespace crosscheck
