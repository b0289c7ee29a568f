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

// Takes one of a mention's candidates as its figure (and clears the problem). The quote's
// plain_quote is set first.
void choose_candidate(MentionReport& report, const Figure& figure, const SourceFile& source);

// Places a mention whose figure (or, with no figure, quote) is `plain` in the source's plain text
// and whose whole quote is report.plain_quote: start, end, the byte spans in the original file,
// and the line a snippet shows.
void place_mention(MentionReport& report, Span plain, const SourceFile& source);

// Provenance of a source as the reports give it: format, size and SHA-256 of the bytes read.
void describe_file(SourceReport& report, const SourceFile& source);

}  // namespace crosscheck
