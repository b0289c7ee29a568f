// Finds a mention's quote in its source and picks the figure it states.
#pragma once

#include "engine/finding.h"
#include "engine/source_set.h"
#include "model/rule_file.h"

namespace crosscheck {

// Never fails: a quote that is not found, found several times, or holds no (or several) figures
// gives a MentionReport whose `problem` says so, and `figure` stays empty.
MentionReport resolve_mention(const MentionDecl& mention, const RuleFile& rules,
                              const SourceSet& sources);

// Takes one of a mention's candidates as its figure (and clears the problem).
void choose_candidate(MentionReport& report, const Figure& figure, const SourceFile& source);

}  // namespace crosscheck
