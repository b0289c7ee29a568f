// One figure's fields in JSON, as `extract --format json` writes them and `discover` repeats them;
// and how sure a pairing of figures is, as discover's and verify's JSON give it.
#pragma once

#include "engine/finding.h"
#include "figures/figure.h"
#include "figures/figure_stream.h"
#include "report/json_out.h"
#include "text/source_file.h"

namespace crosscheck {

// Writes the figure's keys into the object being written: its text, byte offsets in the original
// file, line and column, kind, value and interval, unit, qualifier and (counts) noun.
void write_figure_fields(JsonOut& json, const Figure& figure, const SourceFile& source);
// The same for a figure read by `extract` (its bytes, line and column in the whole file), with
// "pair" when it has a parenthetical partner.
void write_figure_fields(JsonOut& json, const FigureRecord& record);

// Writes "confidence" and "signals" (name, weight, detail) into the object being written, to three
// decimal places.
void write_confidence(JsonOut& json, double confidence, const std::vector<Signal>& signals);

}  // namespace crosscheck
