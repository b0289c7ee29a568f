#include "engine/mention_resolver.h"

#include "base/sha256.h"

#include <fmt/format.h>

#include <algorithm>

namespace crosscheck {

namespace {

// Bytes of a mention's line kept either side of its figure and quote: more than any report shows
// (the HTML passage 240 bytes, the console snippet about 100 characters).
constexpr std::size_t kLineContext = 1024;

// The figure that a quote states: an explicit `figure:` choice, else the only one that is not a
// date or year, else the only one.
const Figure* choose_figure(const std::vector<const Figure*>& inside, const MentionDecl& mention,
                            std::string& problem) {
  if (mention.figure_index) {
    int index = *mention.figure_index;
    if (index < 1 || static_cast<std::size_t>(index) > inside.size()) {
      problem = fmt::format("figure: {} but the quote holds {} figure(s)", index, inside.size());
      return nullptr;
    }
    return inside[static_cast<std::size_t>(index - 1)];
  }
  if (mention.figure_text) {
    for (const Figure* f : inside)
      if (f->text == *mention.figure_text) return f;
    problem = fmt::format("figure: '{}' is not a figure of the quote", *mention.figure_text);
    return nullptr;
  }
  if (inside.empty()) {
    problem = "the quote holds no figure";
    return nullptr;
  }
  if (inside.size() == 1) return inside.front();
  std::string texts;
  for (const Figure* f : inside) texts += fmt::format("{}'{}'", texts.empty() ? "" : ", ", f->text);
  problem = fmt::format("the quote holds {} figures ({}); choose one with figure:", inside.size(), texts);
  return nullptr;
}

// Just past the last character of a span, in the original file: a tag that follows the figure
// (a `<br />` line end) is not part of it.
Location end_location(const SourceFile& source, Span plain) {
  return source.original_location(source.original_span(plain).end);
}

}  // namespace

void place_mention(MentionReport& report, Span plain, const SourceFile& source) {
  report.start = source.location(plain.begin);
  report.end = end_location(source, plain);
  report.span = source.original_span(plain);
  report.quote_span = source.original_span(report.plain_quote);
  report.placed = true;
  if (const auto page = source.page_position(plain.begin)) {
    report.page = page->page;
    report.page_line = page->line;
  }
  // The line of plain text the figure starts on, and the parts of the figure and the quote on it.
  // Only a window of it around them is kept: reports show a few hundred bytes either side, and a
  // text that is one long line would otherwise be copied whole into each of its mentions.
  Span line = source.plain_line(plain.begin);
  const std::string_view text = source.plain();
  const std::size_t shown_begin = std::min(plain.begin, report.plain_quote.empty() ? plain.begin : report.plain_quote.begin);
  const std::size_t shown_end = std::max(plain.end, report.plain_quote.end);
  const auto code_point_start = [&text](std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
  };
  if (shown_begin > line.begin + kLineContext) line.begin = code_point_start(shown_begin - kLineContext);
  if (line.end > shown_end + kLineContext) line.end = code_point_start(shown_end + kLineContext);
  report.line_text = std::string(text.substr(line.begin, line.size()));
  const auto on_line = [&](Span span) {
    const std::size_t begin = std::clamp(span.begin, line.begin, line.end) - line.begin;
    const std::size_t end = std::clamp(span.end, line.begin, line.end) - line.begin;
    return Span{begin, std::max(begin, end)};
  };
  report.line_figure = on_line(plain);
  report.line_quote = on_line(report.plain_quote);
}

void choose_candidate(MentionReport& report, const Figure& figure, const SourceFile& source) {
  report.figure = figure;
  report.problem.clear();
  report.candidates.clear();
  place_mention(report, figure.span, source);
}

void describe_file(SourceReport& report, const SourceFile& source) {
  report.format = std::string(to_string(source.format()));
  report.size = source.file_bytes().size();  // a PDF's own bytes, not the text read out of it
  report.sha256 = to_hex(sha256(source.file_bytes()));
}

namespace {

std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

// The indexes (0-based) of the cells among `cells` whose text is `name`.
template <typename Cells>
std::vector<std::size_t> named(const Cells& cells, const std::string& name) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (trimmed(cells[i]) == trimmed(name)) out.push_back(i);
  return out;
}

// Finds the cell a mention names; nullopt with `problem` set when there is none.
std::optional<CellAddress> find_cell(const MentionDecl& mention, const CsvTable& table, std::string& problem) {
  if (!mention.cell.empty()) {
    auto address = parse_cell_address(mention.cell);
    if (!address) {
      problem = fmt::format("'{}' is not a cell", mention.cell);
      return std::nullopt;
    }
    if (address->row > table.rows.size() || address->column > table.rows[address->row - 1].size()) {
      problem = fmt::format("outside the table ({} rows, {} columns)", table.rows.size(), table.columns());
      return std::nullopt;
    }
    return address;
  }
  if (table.rows.empty()) {
    problem = "the table is empty";
    return std::nullopt;
  }
  std::vector<std::string> header;
  for (const CsvCell& c : table.rows.front()) header.push_back(c.text);
  const auto columns = named(header, mention.cell_column);
  if (columns.size() != 1) {
    problem = columns.empty() ? fmt::format("no column '{}' in the header row ({})", mention.cell_column,
                                            fmt::join(header, ", "))
                              : fmt::format("{} columns are headed '{}'; name the cell (C12) instead",
                                            columns.size(), mention.cell_column);
    return std::nullopt;
  }
  std::vector<std::string> first;
  for (const auto& row : table.rows) first.push_back(row.empty() ? "" : row.front().text);
  first.front().clear();  // the header row is no row of data
  const auto rows = named(first, mention.cell_row);
  if (rows.size() != 1) {
    problem = rows.empty() ? fmt::format("no row '{}' in the first column", mention.cell_row)
                           : fmt::format("{} rows are named '{}' in the first column; name the cell (C12) instead",
                                         rows.size(), mention.cell_row);
    return std::nullopt;
  }
  const CellAddress address{rows.front() + 1, columns.front() + 1};
  if (address.column > table.rows[rows.front()].size()) {
    problem = fmt::format("row '{}' has no cell in column '{}'", mention.cell_row, mention.cell_column);
    return std::nullopt;
  }
  return address;
}

// A figure read from a cell's text, placed in the source's plain text.
Figure placed_in(Figure figure, const CsvCell& cell) {
  const auto shift = [&](Span& span) {
    span = cell.verbatim ? Span{cell.span.begin + span.begin, cell.span.begin + span.end} : cell.span;
  };
  shift(figure.span);
  if (!figure.qualifier_span.empty()) shift(figure.qualifier_span);
  return figure;
}

// A mention that names a table's cell: the cell's text read with the figure grammar in the
// source's language ("1.234,5" in a German table).
MentionReport resolve_cell(const MentionDecl& mention, const LoadedSource& source, MentionReport report) {
  const std::string label = mention.cell.empty()
                                ? fmt::format("cell (row '{}', column '{}')", mention.cell_row, mention.cell_column)
                                : fmt::format("cell {}", mention.cell);
  report.quote = label;
  if (!source.table) {
    report.problem = fmt::format("{}: source '{}' is not a table (a .csv file)", label, mention.source);
    return report;
  }
  const CsvTable& table = *source.table;
  std::string problem;
  const auto address = find_cell(mention, table, problem);
  if (!address) {
    report.problem = fmt::format("{}: {}", label, problem);
    return report;
  }
  const CsvCell& cell = table.rows[address->row - 1][address->column - 1];
  std::string where = cell_name(*address);
  const std::string row_name = address->row > 1 ? table.rows[address->row - 1].front().text : "";
  const auto& header = table.rows.front();
  const std::string column_name = address->row > 1 && address->column <= header.size() ? header[address->column - 1].text : "";
  if (!row_name.empty() && !column_name.empty())
    where += fmt::format(" (row “{}”, column “{}”)", trimmed(row_name), trimmed(column_name));
  report.cell = where;
  report.quote = cell.text;
  report.plain_quote = cell.span;
  // A cell that is one figure is read whole ("6", "1.234,5"), as a literal of a rule file is: a bare
  // number in running text is too often no figure at all, in a table's cell it is the datum.
  const ExtractOptions options = extract_options(source.decl, source.language);
  std::vector<Figure> figures;
  const std::string text = trimmed(cell.text);
  if (auto whole = parse_figure_literal(text, options)) {
    const std::size_t lead = cell.text.find(text);  // spans of the literal are in the trimmed text
    whole->span = {lead + whole->span.begin, lead + whole->span.end};
    if (!whole->qualifier_span.empty())
      whole->qualifier_span = {lead + whole->qualifier_span.begin, lead + whole->qualifier_span.end};
    figures.push_back(placed_in(std::move(*whole), cell));
  } else {
    for (Figure& f : extract_figures(cell.text, options)) figures.push_back(placed_in(std::move(f), cell));
  }
  std::vector<const Figure*> inside;
  for (const Figure& f : figures) inside.push_back(&f);
  const Figure* chosen = choose_figure(inside, mention, problem);
  if (!chosen) {
    report.problem = fmt::format("cell {}: {}", cell_name(*address), problem);
    place_mention(report, cell.span, *source.file);
    if (!mention.figure_index && !mention.figure_text && inside.size() > 1) report.candidates = figures;
    return report;
  }
  choose_candidate(report, *chosen, *source.file);
  return report;
}

}  // namespace

MentionReport resolve_mention(const MentionDecl& mention, const RuleFile& rules,
                              const SourceSet& sources) {
  MentionReport report;
  report.source_id = mention.source;
  report.quote = mention.quote;
  report.start = mention.quote_where;
  report.end = mention.quote_where;
  const LoadedSource* source = sources.find(rules, mention.source);
  if (!source) {
    report.problem = fmt::format("source '{}' could not be read", mention.source);
    return report;
  }
  report.path = source->file->path();
  report.primary = source->decl.primary;
  if (mention.has_cell) return resolve_cell(mention, *source, std::move(report));
  QuoteSearch search = source->quotes->find(mention.quote);
  if (search.matches.empty()) {
    report.problem = search.closest_text.empty()
                         ? "quote not found in the source"
                         : fmt::format("quote not found; the closest passage is \"{}\"", search.closest_text);
    report.closest = search.closest_text;
    if (!search.closest_text.empty()) {
      report.start = source->file->location(search.closest.begin);
      report.end = end_location(*source->file, search.closest);
      report.span = source->file->original_span(search.closest);
      report.quote_span = report.span;
      report.plain_quote = search.closest;
      report.placed = true;
    }
    return report;
  }
  Span match = search.matches.front();
  if (mention.occurrence) {
    std::size_t n = static_cast<std::size_t>(*mention.occurrence);
    if (n < 1 || n > search.matches.size()) {
      report.problem = fmt::format("occurrence: {} but the quote is found {} time(s)", n,
                                   search.matches.size());
      return report;
    }
    match = search.matches[n - 1];
  } else if (search.matches.size() > 1) {
    report.problem = fmt::format("the quote is found {} times; choose one with occurrence:",
                                 search.matches.size());
    report.plain_quote = match;
    place_mention(report, match, *source->file);
    return report;
  }
  report.plain_quote = match;
  place_mention(report, match, *source->file);

  // Figures are sorted by start: take those that start inside the quote.
  std::vector<const Figure*> inside;
  auto it = std::lower_bound(source->figures.begin(), source->figures.end(), match.begin,
                             [](const Figure& f, std::size_t at) { return f.span.begin < at; });
  for (; it != source->figures.end() && it->span.begin < match.end; ++it) inside.push_back(&*it);
  const Figure* chosen = choose_figure(inside, mention, report.problem);
  if (!chosen) {
    if (!mention.figure_index && !mention.figure_text && inside.size() > 1)
      for (const Figure* f : inside) report.candidates.push_back(*f);
    return report;
  }
  choose_candidate(report, *chosen, *source->file);
  return report;
}

}  // namespace crosscheck
