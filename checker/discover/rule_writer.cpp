#include "discover/rule_writer.h"

#include "base/number.h"
#include "text/quote_finder.h"

#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace crosscheck {

namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A YAML double-quoted scalar.
std::string yaml_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

struct Quote {
  std::string text;
  Span span;               // in plain()
  std::size_t occurrence = 0;  // 1-based, when the text is found more than once
};

// The shortest passage around the figure, grown a word at a time (to the right, then the left),
// that its source holds once.
Quote unique_quote(const SourceFile& file, const QuoteIndex& index, Span figure) {
  const std::string_view text = file.plain();
  Span span = figure;
  for (int step = 0; step < 24; ++step) {
    std::string q = normalise_for_quotes(text.substr(span.begin, span.size()));
    if (index.find(q).matches.size() == 1) return {std::move(q), span, 0};
    Span grown = span;
    if (step % 2 == 0 || span.begin == 0) {
      while (grown.end < text.size() && blank(text[grown.end])) ++grown.end;
      while (grown.end < text.size() && !blank(text[grown.end])) ++grown.end;
    } else {
      while (grown.begin > 0 && blank(text[grown.begin - 1])) --grown.begin;
      while (grown.begin > 0 && !blank(text[grown.begin - 1])) --grown.begin;
    }
    if (grown.begin == span.begin && grown.end == span.end) break;
    span = grown;
  }
  Quote quote{normalise_for_quotes(text.substr(span.begin, span.size())), span, 0};
  const QuoteSearch found = index.find(quote.text);
  for (std::size_t k = 0; k < found.matches.size(); ++k)
    if (found.matches[k].begin <= figure.begin && figure.end <= found.matches[k].end) quote.occurrence = k + 1;
  return quote;
}

std::string tolerance_text(const Tolerance& t) {
  switch (t.kind) {
    case Tolerance::Kind::exact:
      return "exact";
    case Tolerance::Kind::absolute:
      return format_number(t.amount);
    case Tolerance::Kind::relative:
      break;
  }
  return format_number(t.amount * 100) + "%";
}

std::string unique(std::string id, std::set<std::string>& taken) {
  std::string candidate = id;
  for (int n = 2; !taken.insert(candidate).second; ++n) candidate = fmt::format("{}_{}", id, n);
  return candidate;
}

}  // namespace

std::string snake_case_id(std::string_view text) {
  std::string id;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) id += c;
    else if (!id.empty() && id.back() != '_') id += '_';
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.empty()) return "source";
  if (id[0] >= '0' && id[0] <= '9') id.insert(0, "s_");
  return id;
}

std::string starter_rules(const std::vector<DiscoverSource>& sources,
                          const std::vector<Conflict>& conflicts, const std::string& rule_path,
                          const DiscoverOptions& options) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::absolute(fs::path(rule_path)).parent_path().lexically_normal();
  std::string out =
      "# Written by crosscheck discover. Each claim pairs two figures whose surrounding words\n"
      "# suggest they state one fact, and whose values disagree. Confirm a claim (and mend the text\n"
      "# that is wrong) or delete it.\n"
      "crosscheck: 1\n"
      "title: \"Candidate conflicts\"\n";
  out += fmt::format("defaults:\n  tolerance: {}\n", tolerance_text(options.tolerance));
  out += "sources:\n";
  std::set<std::size_t> used;
  for (const Conflict& c : conflicts) {
    used.insert(c.a.source);
    used.insert(c.b.source);
  }
  for (std::size_t s : used) {
    const fs::path path = fs::absolute(fs::path(sources[s].file->path())).lexically_normal();
    out += fmt::format("  {}:\n    path: {}\n", sources[s].id,
                       yaml_string(path.lexically_relative(folder).generic_string()));
    if (sources[s].published) out += fmt::format("    published: {}\n", to_string(*sources[s].published));
  }
  out += conflicts.empty() ? "claims: {}\n" : "claims:\n";
  std::map<std::size_t, std::unique_ptr<QuoteIndex>> indexes;
  auto index_of = [&](std::size_t s) -> const QuoteIndex& {
    auto& index = indexes[s];
    if (!index) index = std::make_unique<QuoteIndex>(*sources[s].file);
    return *index;
  };
  std::set<std::string> ids;
  for (const Conflict& c : conflicts) {
    std::string name;
    for (std::size_t k = 0; k < c.shared.size() && k < 3; ++k) name += (k ? "_" : "") + c.shared[k];
    const Figure& fa = sources[c.a.source].figures[c.a.figure];
    const Figure& fb = sources[c.b.source].figures[c.b.figure];
    out += fmt::format("  {}:\n", unique(snake_case_id(name.empty() ? "claim" : name), ids));
    out += fmt::format("    about: {}\n",
                       yaml_string(fmt::format("'{}' ({}) and '{}' ({}) may state one fact", fa.text,
                                               sources[c.a.source].id, fb.text, sources[c.b.source].id)));
    if (fa.kind == FigureKind::money) out += fmt::format("    as_of: {}\n", to_string(c.date));
    // Figures within the tolerance that still disagree beyond what either states fail only exactly.
    if (c.beyond_precision) out += "    tolerance: exact\n";
    out += "    mentions:\n";
    for (const FigureRef& ref : {c.a, c.b}) {
      const DiscoverSource& source = sources[ref.source];
      const Figure& figure = source.figures[ref.figure];
      const Quote quote = unique_quote(*source.file, index_of(ref.source), figure.span);
      out += fmt::format("      - source: {}\n        quote: {}\n", source.id, yaml_string(quote.text));
      if (quote.occurrence) out += fmt::format("        occurrence: {}\n", quote.occurrence);
      // The quote may hold other figures: name ours by its place among those starting inside.
      std::size_t inside = 0, place = 0;
      for (const Figure& f : source.figures)
        if (f.span.begin >= quote.span.begin && f.span.begin < quote.span.end) {
          ++inside;
          if (&f == &figure) place = inside;
        }
      if (inside > 1) out += fmt::format("        figure: {}\n", place);
    }
  }
  return out;
}

}  // namespace crosscheck
