// `extract`'s line formats, appended to a buffer: one JSON object per line (the fields of
// write_figure_fields, compact), and the table's tab-separated row.
#pragma once

#include "figures/figure_stream.h"

#include <string>
#include <string_view>

namespace crosscheck {

void append_figure_json_line(std::string& out, std::string_view path, const FigureRecord& record);
void append_figure_row(std::string& out, std::string_view path, const FigureRecord& record);

}  // namespace crosscheck
