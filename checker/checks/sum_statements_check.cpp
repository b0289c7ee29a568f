// The built-in `sum-statements` check: a sentence that states a total and then its parts
// ("JPY2 billion ..., including JPY1.8 billion ... and about JPY200 million") must add up.
//
// It is conservative, so that turning it on raises no false alarms: the parts must follow the
// total within one sentence after "including", "of which" or "comprising"; there must be two or
// more of them, of the total's dimension (money, count or percent); the last one must be joined by
// "and" (a closed list, not "including A, B" that may go on); a parenthetical conversion counts
// with the figure it converts, never as a part.
#include "checks/check_context.h"
#include "engine/amount_format.h"
#include "engine/compare.h"
#include "engine/mention_resolver.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <cctype>

namespace crosscheck {

namespace {

constexpr std::array<std::string_view, 3> kPartWords{"including", "of which", "comprising"};

// How far before its list word a total may stand ("JPY2 billion in loans for ..., including").
constexpr std::size_t kMaxTotalDistance = 200;

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool word_at(std::string_view text, std::size_t at, std::string_view word) {
  if (text.substr(at, word.size()) != word) return false;
  bool starts = at == 0 || !word_char(text[at - 1]);
  bool ends = at + word.size() >= text.size() || !word_char(text[at + word.size()]);
  return starts && ends;
}

bool contains_word(std::string_view text, std::string_view word) {
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i)
    if (word_at(text, i, word)) return true;
  return false;
}

// A sentence ends at ".", "!" or "?" before white space, or at a blank line. Abbreviations
// ("Nov. 27") end it early, which can only make the check miss a sum, never invent one.
bool sentence_end_at(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '\n') return i + 1 < text.size() && text[i + 1] == '\n';
  if (c != '.' && c != '!' && c != '?') return false;
  return i + 1 >= text.size() || std::isspace(static_cast<unsigned char>(text[i + 1])) != 0;
}

std::size_t sentence_start(std::string_view text, std::size_t at) {
  for (std::size_t i = at; i > 0; --i)
    if (sentence_end_at(text, i - 1)) return i;
  return 0;
}

std::size_t sentence_end(std::string_view text, std::size_t at) {
  for (std::size_t i = at; i < text.size(); ++i)
    if (sentence_end_at(text, i)) return i;
  return text.size();
}

bool summable(const Figure& f) {
  return f.kind == FigureKind::money || f.kind == FigureKind::count || f.kind == FigureKind::percent;
}

// The parenthetical half of a pair ("($835 million)") restates its partner.
bool restates(const Figure& f, std::size_t index) { return f.pair && *f.pair < index; }

struct Statement {
  std::size_t total = 0;
  std::vector<std::size_t> parts;
  std::string_view word;
};

// The statements of a source: each list word with a total before it and parts after it.
std::vector<Statement> find_statements(const std::vector<Figure>& figures, std::string_view text) {
  std::vector<Statement> out;
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::string_view word;
    for (std::string_view w : kPartWords)
      if (word_at(text, at, w)) word = w;
    if (word.empty()) continue;
    std::size_t begin = sentence_start(text, at);
    std::size_t end = sentence_end(text, at);
    // The parts end at the next list word of the sentence.
    for (std::size_t i = at + word.size(); i < end; ++i)
      for (std::string_view w : kPartWords)
        if (word_at(text, i, w)) end = std::min(end, i);
    // The total: the last figure before the word (a parenthetical conversion stands for its partner).
    std::optional<std::size_t> total;
    for (std::size_t i = 0; i < figures.size() && figures[i].span.end <= at; ++i)
      if (figures[i].span.begin >= begin) total = i;
    if (!total) continue;
    std::size_t total_end = figures[*total].span.end;
    if (restates(figures[*total], *total)) total = *figures[*total].pair;
    const Figure& t = figures[*total];
    if (!summable(t) || at - total_end > kMaxTotalDistance) continue;
    Statement s{*total, {}, word};
    std::size_t last_end = at + word.size();
    bool closed = false;
    for (std::size_t i = *total + 1; i < figures.size() && figures[i].span.begin < end; ++i) {
      const Figure& f = figures[i];
      if (f.span.begin < at || restates(f, i) || dimension(f) != dimension(t)) continue;
      closed = contains_word(text.substr(last_end, f.span.begin - last_end), "and");
      s.parts.push_back(i);
      last_end = f.span.end;
    }
    if (s.parts.size() >= 2 && closed) out.push_back(std::move(s));
    at += word.size();
  }
  return out;
}

std::optional<Date> statement_date(const CheckContext& context, const LoadedSource& source) {
  if (context.as_of) return context.as_of;
  if (source.decl.published) return first_day(*source.decl.published);
  return std::nullopt;
}

Finding check_statement(const Statement& s, const CheckContext& context, const LoadedSource& source) {
  const std::vector<Figure>& figures = source.figures;
  const Figure& total = figures[s.total];
  Finding finding;
  finding.check = "sum-statements";
  finding.kind = "sum-statement";
  finding.severity = context.rules.defaults.severity;
  finding.rule = source.decl.where;
  std::string_view plain = source.file->plain();
  Span sentence{total.span.begin, figures[s.parts.back()].span.end};
  std::vector<std::size_t> all{s.total};
  all.insert(all.end(), s.parts.begin(), s.parts.end());
  // The file through a reference taken once: GCC 12 warns of an uninitialised pointer (wrongly)
  // when it is reached through the unique_ptr after each MentionReport is made.
  const SourceFile& file = *source.file;
  for (std::size_t index : all) {
    MentionReport m;
    m.source_id = source.decl.id;
    m.path = file.path();
    m.quote = std::string(plain.substr(sentence.begin, sentence.size()));
    m.plain_quote = sentence;
    m.primary = index == s.total;
    choose_candidate(m, figures[index], file);
    finding.mentions.push_back(std::move(m));
  }
  std::vector<std::string> part_texts;
  for (std::size_t index : s.parts) part_texts.push_back(fmt::format("'{}'", figures[index].text));
  finding.about = fmt::format("'{}' {} {}", total.text, s.word, fmt::join(part_texts, " + "));

  // Counts of different things ("8 vessels, including 6 patrol boats and 2 ships") add up as
  // counts; money in several currencies is converted at the source's date.
  std::string unit = total.kind == FigureKind::count ? comparable_unit(total) : total.unit;
  std::optional<Date> date = statement_date(context, source);
  Normalised sum;
  sum.unit = unit;
  for (std::size_t k = 0; k < finding.mentions.size(); ++k) {
    const Figure& f = figures[all[k]];
    std::string problem;
    std::optional<Normalised> n;
    if (f.kind == FigureKind::count) {
      n = context.normaliser.to_unit(f, comparable_unit(f), date, problem);
      if (n) n->unit = unit;
    } else {
      n = context.normaliser.to_unit(f, unit, date, problem);
    }
    if (!n) {
      finding.status = Status::unresolved;
      finding.message = fmt::format("{}: {}", finding.about, problem);
      return finding;
    }
    finding.mentions[k].normalised = *n;
    if (k == 0) continue;
    sum.interval.low += n->interval.low;
    sum.interval.high += n->interval.high;
    sum.interval.low_open = sum.interval.low_open || n->interval.low_open;
    sum.interval.high_open = sum.interval.high_open || n->interval.high_open;
    sum.value += n->value;
    sum.one_sided = sum.one_sided || n->one_sided;
  }
  const Normalised& stated = *finding.mentions.front().normalised;
  std::string parts = fmt::format("the parts add to {}", describe_normalised(sum));
  if (agree(sum, stated, context.rules.defaults.tolerance)) {
    finding.status = Status::pass;
    finding.message = fmt::format("{}: {}, as the total states", finding.about, parts);
    return finding;
  }
  finding.status = Status::fail;
  finding.delta = delta(sum, stated);
  finding.message = fmt::format("{}: {}, not the {} the total states", finding.about, parts,
                                describe_normalised(stated));
  return finding;
}

}  // namespace

void run_sum_statements_check(const CheckContext& context, std::vector<Finding>& out) {
  if (!context.rules.builtins.sum_statements) return;
  for (const SourceDecl& decl : context.rules.sources) {
    const LoadedSource* source = context.sources.find(context.rules, decl.id);
    if (!source) continue;
    for (const Statement& s : find_statements(source->figures, source->file->plain()))
      out.push_back(check_statement(s, context, *source));
  }
}

}  // namespace crosscheck
