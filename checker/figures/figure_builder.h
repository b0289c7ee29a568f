// Turns what the grammar read into a Figure: value, precision interval, unit, qualifier widening.
#pragma once

#include "base/span.h"
#include "figures/ast.h"
#include "figures/extractor.h"
#include "figures/figure.h"

#include <optional>
#include <string_view>
#include <vector>

namespace crosscheck::figures {

struct LanguageTables;

// What the phrase means, or nullopt when it is not a figure after all (a bare "one", a name such
// as "Four Nos"). `span` is where the phrase lies in `text`. A literal (a rule file's value) is
// taken as written: bare words count and four digits are no year.
std::optional<Figure> build_figure(const ast::Phrase& phrase, Span span, std::string_view text,
                                   const ExtractOptions& options, bool literal);

// Applies an approximation word (SPEC §2 table): two-sided words widen the interval, one-sided
// words bound it at the value as written.
// Returns false when the word qualifies nothing here ("over 30 years", "about" before a date).
bool apply_qualifier(Figure& figure, Qualifier qualifier, const ApproximationWidths& widths);

// Links "100 billion yen ($835 million)", "(equivalent to USD 16.03 billion, applying the unit
// price of 2014)": both figures name each other in `pair`. `language` gives the words that may
// open the parenthesis.
void link_pairs(std::vector<Figure>& figures, std::string_view text, std::string_view language = {});

// Whether figures[i] and figures[i + 1] are such a pair. It may depend on figures that follow (a
// remark after a comma ends at the next amount): when those are not all read yet (`complete`
// false and the list ends within the remark), undecided, to be asked again with more figures.
enum class PairDecision { no, yes, undecided };
PairDecision decide_pair(const std::vector<Figure>& figures, std::size_t i, std::string_view text,
                         const LanguageTables* tables, bool complete);

}  // namespace crosscheck::figures
