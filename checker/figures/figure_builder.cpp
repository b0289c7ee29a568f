#include "figures/figure_builder.h"
#include "figures/languages/language.h"

#include "base/date.h"

#include <boost/multiprecision/number.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace crosscheck::figures {
namespace {

Number ceil_of(const Number& x) { return boost::multiprecision::ceil(x); }
Number floor_of(const Number& x) { return boost::multiprecision::floor(x); }

// pow10(exponent) / 2, the half-width of a figure rounded to that power: a division each time,
// computed once for each exponent a figure has (the same operation, so the same value).
Number half_pow10(int exponent) {
  constexpr int kCached = 64;
  static const auto halves = [] {
    std::array<Number, 2 * kCached + 1> out;
    for (int e = -kCached; e <= kCached; ++e) out[static_cast<std::size_t>(e + kCached)] = pow10(e) / 2;
    return out;
  }();
  if (exponent < -kCached || exponent > kCached) return pow10(exponent) / 2;
  return halves[static_cast<std::size_t>(exponent + kCached)];
}

// A count holds whole numbers only: closed ends move inwards to the nearest whole number. A
// count written with a fraction ("2 1/4 miles", "2.5 tonnes") measures rather than counts, and
// keeps its interval.
void whole_numbers(Interval& interval) {
  Interval whole = interval;
  if (!whole.low_open && !is_infinite(whole.low)) whole.low = ceil_of(whole.low);
  if (!whole.high_open && !is_infinite(whole.high)) whole.high = floor_of(whole.high);
  if (whole.low <= whole.high) interval = whole;
}

std::string resolve_currency(const ast::Currency& currency, const ExtractOptions& options,
                             std::string& assumption) {
  if (currency.code == "$") {
    assumption = "$ read as " + options.dollar;
    return options.dollar;
  }
  if (currency.code == "¥") {
    assumption = "¥ read as " + options.yen;
    return options.yen;
  }
  if (currency.code == "franc") {
    assumption = "francs read as CHF";
    return "CHF";
  }
  return currency.code;
}

// A date written without its year (or month) is the one nearest the document's date: "March" in a
// December article is next March, "December" in a January one last December, "23日" the 23rd of
// this month or of the one before or after, whichever is closest.
Date nearest_to(const Date& published, int month, int day) {
  // The document's date as a span: a document dated "2016" or "2015-09" covers all its days.
  const std::int64_t from = day_number(first_day(published));
  const std::int64_t to = day_number(last_day(published));
  const int anchor_month = published.month == 0 ? 1 : published.month;
  std::optional<Date> best;
  std::int64_t best_distance = 0;
  auto consider = [&](int year, int m) {
    if (m < 1) {
      m += 12;
      --year;
    } else if (m > 12) {
      m -= 12;
      ++year;
    }
    if (day > days_in_month(year, m)) return;
    const std::int64_t low = day_number(year, m, day == 0 ? 1 : day);
    const std::int64_t high = day_number(year, m, day == 0 ? days_in_month(year, m) : day);
    const std::int64_t distance = high < from ? from - high : low > to ? low - to : 0;
    if (!best || distance < best_distance) {
      best = Date{year, m, day};
      best_distance = distance;
    }
  };
  if (month == 0) {
    for (int m = anchor_month - 1; m <= anchor_month + 1; ++m) consider(published.year, m);
  } else {
    for (int y = published.year - 1; y <= published.year + 1; ++y) consider(y, month);
  }
  return best.value_or(Date{published.year, month == 0 ? anchor_month : month, day});
}

// The word before a figure, and whether a hyphen joins it ("mid-April").
std::string_view word_before(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  if (end > 0 && text[end - 1] == '-') {
    --end;
  } else {
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n')) --end;
  }
  std::size_t start = end;
  // French elides before a vowel: "d'avril" (the word is "d'"; "d’" is read as letters below).
  if (start > 0 && text[start - 1] == '\'') --start;
  while (start > 0) {
    const unsigned char c = static_cast<unsigned char>(text[start - 1]);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80)) break;
    --start;
  }
  return text.substr(start, end - start);
}

std::optional<Figure> build_date(const ast::Phrase& phrase, Figure figure,
                                 const ExtractOptions& options) {
  int year = phrase.year;
  ast::MonthDay first = phrase.first;
  if (year == 0 && options.document_date) {
    const Date near = nearest_to(*options.document_date, first.month, first.day);
    year = near.year;
    figure.assumption = "year " + std::to_string(year) + " taken from the document date";
    if (first.month == 0 && first.day != 0 && options.document_date->month != 0) {
      first.month = near.month;
      figure.assumption = "month " + to_string(Date{near.year, near.month, 0}) + " taken from the document date";
    }
  }
  const int check_year = year == 0 ? 2000 : year;  // a leap year lets "February 29" through
  auto valid = [&](int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(check_year, month);
  };
  if (first.month == 0 && first.day != 0) {
    // "23日" with no document date: the day is known, the date is not.
    if (first.day > 31) return std::nullopt;
    figure.kind = FigureKind::date;
    figure.unit = "date";
    figure.assumption = "month unknown";
    figure.value = 0;
    figure.interval = {-infinity(), infinity(), true, true};
    return figure;
  }
  if (phrase.kind == ast::PhraseKind::month_year || phrase.kind == ast::PhraseKind::month_name) {
    if (first.month < 1 || first.month > 12) return std::nullopt;
    Date date{year, first.month, 0};
    if (year == 0) {
      // "tháng 12" with no document date: the month is known, the date is not.
      figure.kind = FigureKind::date;
      figure.unit = "date";
      figure.date = date;
      figure.assumption = "year unknown";
      figure.value = 0;
      figure.interval = {-infinity(), infinity(), true, true};
      return figure;
    }
    figure.kind = FigureKind::date;
    figure.unit = "date";
    figure.date = date;
    Number low = static_cast<long long>(day_number(first_day(date)));
    Number high = static_cast<long long>(day_number(last_day(date)));
    figure.value = low;
    figure.interval = Interval::closed(low, high);
    return figure;
  }
  if (!valid(first.month, first.day)) return std::nullopt;
  Date date{year, first.month, first.day};
  figure.date = date;
  figure.unit = "date";
  figure.kind = FigureKind::date;
  if (phrase.last_day != 0) {
    int last_month = phrase.last_month != 0 ? phrase.last_month : first.month;
    if (!valid(last_month, phrase.last_day)) return std::nullopt;
    Date end{year, last_month, phrase.last_day};
    if (end < date) return std::nullopt;
    figure.date_end = end;
    figure.kind = FigureKind::date_range;
  }
  if (year == 0) {
    // No year anywhere: the day is known, the date is not.
    figure.assumption = "year unknown";
    figure.value = 0;
    figure.interval = {-infinity(), infinity(), true, true};
    return figure;
  }
  Number low = static_cast<long long>(day_number(date));
  figure.value = low;
  figure.interval = Interval::point(low);
  if (figure.date_end)
    figure.interval.high = Number(static_cast<long long>(day_number(*figure.date_end)));
  return figure;
}

// "ton" is UDUNITS' ton, the US short ton (2,000 lb), only in US English or where "short ton" is
// written; elsewhere news tons are metric tonnes (CLDR too names the US ton "tấn" in Vietnamese,
// the word Vietnamese news uses for tonnes). Like "$", a reading by default, said in verbose output.
std::string physical_unit(const std::string& unit, std::string_view text, const ExtractOptions& options,
                          std::string& assumption) {
  if (unit != "ton" || text.find("short") != std::string_view::npos) return unit;
  const std::string_view tag = options.language;
  const std::size_t dash = tag.find_first_of("-_");
  const std::string_view region = dash == std::string_view::npos ? "" : tag.substr(dash + 1);
  if (region == "US" || region == "us") return unit;
  assumption = "tons read as metric tonnes";
  return "t";
}

// "40C", "104F": a temperature whose degree sign was dropped, unless a word other than a
// preposition or conjunction follows, which makes the letter part of a class or grade code ("a 4F
// class airport", "a 3C rating").
bool degree_less_code(std::string_view figure_text, std::string_view after) {
  if (!(figure_text.ends_with('C') || figure_text.ends_with('F'))) return false;
  if (figure_text.size() >= 3 && figure_text.substr(figure_text.size() - 3, 2) == "°") return false;
  std::size_t i = 0;
  while (i < after.size() && after[i] == ' ') ++i;
  if (i == 0 || i == after.size()) return false;
  std::size_t j = i;
  while (j < after.size() && ((after[j] >= 'a' && after[j] <= 'z') || (after[j] >= 'A' && after[j] <= 'Z'))) ++j;
  if (j == i) return false;
  const std::string_view word = after.substr(i, j - i);
  for (std::string_view w : {"in", "on", "at", "and", "or", "to", "by", "for", "with", "as", "from", "of",
                             "while", "but", "than", "during", "before", "after", "across", "inside",
                             "outside", "is", "was", "were", "are", "will", "would", "today", "yesterday"})
    if (word == w) return false;
  return true;
}

bool is_word_lead_or_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ',' ||
         c == '.' || c == '-';
}

// Only white space and "<br />" line ends between the two.
bool only_space(const char* from, const char* to) {
  while (from < to) {
    if (*from == ' ' || *from == '\t' || *from == '\n' || *from == '\r') {
      ++from;
    } else if (to - from >= 6 && std::string_view(from, 6) == "<br />") {
      from += 6;
    } else if (to - from >= 2 && from[0] == '\xC2' && from[1] == '\xA0') {
      from += 2;
    } else {
      return false;
    }
  }
  return true;
}

// "patrol<br />\nships" → "patrol ships".
std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    if (s.substr(i).starts_with("<br />")) {
      space = true;
      i += 6;
    } else if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
      space = true;
      ++i;
    } else if (s.substr(i).starts_with("\xC2\xA0")) {
      space = true;
      i += 2;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += s[i++];
    }
  }
  return out;
}

// Whether a sentence starts at `begin`: only white space, opening quotes or brackets stand
// between it and the end of the last sentence, a line's start, or the start of the text.
bool sentence_starts_at(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0) {
    const unsigned char c = static_cast<unsigned char>(text[i - 1]);
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(') {
      --i;
    } else if (i >= 3 && (text.substr(i - 3, 3) == "\xE2\x80\x9C" || text.substr(i - 3, 3) == "\xE2\x80\x98" ||
                          text.substr(i - 3, 3) == "\xE2\x80\x9E")) {
      i -= 3;
    } else if (i >= 2 && (text.substr(i - 2, 2) == "\xC2\xAB" || text.substr(i - 2, 2) == "\xC2\xA0")) {
      i -= 2;
    } else {
      break;
    }
  }
  if (i == 0) return true;
  const char before = text[i - 1];
  return before == '.' || before == '!' || before == '?' || before == ':' || before == '\n' || before == '\r' ||
         before == '>';
}

// A capitalised number word that opens a sentence and is followed by a word in lower case
// ("Eighteen abstained.", "Sixty of the 311 lawmakers") is a number; elsewhere ("the Four Nos",
// "Group of Seven") a capitalised number word is part of a name.
bool opens_sentence(std::string_view text, std::size_t begin, std::size_t numeral_end) {
  if (!sentence_starts_at(text, begin)) return false;
  std::size_t j = numeral_end;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
  return j >= text.size() || !(text[j] >= 'A' && text[j] <= 'Z');
}

// A number right after a capitalised word that does not open its sentence, one space between:
// the word is a name and the number part of it ("France 3", "Apollo 11", "Formule 1"). Codes in
// capitals are told apart where figures are scanned.
bool after_name(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  if (i < 2 || text[i - 1] != ' ') return false;
  --i;
  const std::size_t word_end = i;
  auto letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; };
  while (i > 0 && letter(static_cast<unsigned char>(text[i - 1]))) --i;
  if (word_end - i < 2 || !(text[i] >= 'A' && text[i] <= 'Z') || !(text[i + 1] >= 'a' && text[i + 1] <= 'z'))
    return false;
  return !sentence_starts_at(text, i);
}

}  // namespace

std::optional<Figure> build_figure(const ast::Phrase& phrase, Span span, std::string_view text,
                                   const ExtractOptions& options, bool literal) {
  Figure figure;
  figure.span = span;
  figure.text = std::string(text.substr(span.begin, span.size()));

  switch (phrase.kind) {
    case ast::PhraseKind::date:
    case ast::PhraseKind::month_year:
    case ast::PhraseKind::iso_date:
      // "13月5日": a day after a month that is none is no date either.
      if (phrase.first.month == 0 && phrase.first.day != 0 && span.begin >= 3 &&
          text.substr(span.begin - 3, 3) == "\xE6\x9C\x88")
        return std::nullopt;
      return build_date(phrase, std::move(figure), options);
    case ast::PhraseKind::month_name: {
      // "by March", "im April", "en avril": a month alone is a date after the words that put a
      // time (a name like "May" or a verb like "march" stands alone otherwise).
      const LanguageTables* tables = language_tables(options.language);
      if (!literal && (!tables || !tables->month_words_before.contains(word_before(text, span.begin))))
        return std::nullopt;
      return build_date(phrase, std::move(figure), options);
    }
    case ast::PhraseKind::year_span:
      // "FY2019-20", "2011–2015", "令和3年": the years the span covers.
      figure.kind = FigureKind::year;
      figure.unit = "year-ad";
      figure.value = phrase.year;
      figure.interval = Interval::closed(phrase.year, std::max(phrase.year, phrase.last_year));
      return figure;
    case ast::PhraseKind::decade:
      if (phrase.year % 10 != 0) return std::nullopt;
      figure.kind = FigureKind::year;
      figure.unit = "year-ad";
      figure.value = phrase.year;
      figure.interval = Interval::closed(phrase.year, phrase.year + 9);
      return figure;
    case ast::PhraseKind::ordinal:
      if (phrase.ordinal <= 0) return std::nullopt;
      figure.kind = FigureKind::ordinal;
      figure.value = phrase.ordinal;
      figure.interval = Interval::point(figure.value);
      return figure;
    case ast::PhraseKind::quantity:
      break;
  }

  const ast::Numeral& n = phrase.numeral;
  // A percentage or a measure ("4,000m", "5,000 ha") is rounded to its last written digit; a count
  // of things is a whole number.
  const bool ratio = phrase.unit_kind == ast::UnitKind::percent ||
                     phrase.unit_kind == ast::UnitKind::percentage_points ||
                     phrase.unit_kind == ast::UnitKind::physical;
  // One end of the figure as written. Digits after the point, a scale word, or a percentage: it
  // is rounded to its last written digit. A whole number written out in full is exact.
  struct End {
    Number value;
    int exponent;
    Interval interval;
  };
  auto end_of = [&](const ast::Numeral& numeral, int scale_words, bool has_scale) {
    if (numeral.vague != ast::Numeral::Vague::no) {  // "hundreds": [200, 1000)
      const bool dozens = numeral.vague == ast::Numeral::Vague::dozens;
      const Number high = dozens ? Number(100) : pow10(numeral.exponent + 1);
      return End{numeral.value, dozens ? 0 : numeral.exponent,
                 Interval{numeral.value, high, false, true}};
    }
    const int scale = scale_words + phrase.currency.scale;
    End e{scale == 0 ? numeral.value : numeral.value * pow10(scale), numeral.exponent + scale, {}};
    if (phrase.dozens) e.value *= 12;
    if (phrase.cents != 0 && !phrase.range) {  // "3 dollars 50 cents"
      e.value += phrase.cents / 100;
      e.exponent = std::min(e.exponent, -2);
    }
    if (has_scale || phrase.currency.scale > 0 || numeral.exponent < 0 || ratio) {  // "30 MUSD"
      const Number half = half_pow10(e.exponent);
      e.interval = Interval::closed(e.value - half, e.value + half);
    } else {
      e.interval = Interval::point(e.value);
    }
    return e;
  };
  if (!phrase.range) {
    End e = end_of(n, phrase.has_scale ? phrase.scale : 0, phrase.has_scale);
    figure.value = e.value;
    figure.exponent = e.exponent;
    figure.interval = e.interval;
  } else {
    // "2-3 ships", "$5-10 million" (the upper end's scale word serves both): from the lower end
    // of the one to the upper end of the other; the nominal value is the middle.
    const ast::RangeEnd& h = phrase.high;
    End low = end_of(n, phrase.has_scale ? phrase.scale : h.scale, phrase.has_scale || h.has_scale);
    End high = end_of(h.numeral, h.scale, h.has_scale);
    if (high.value < low.value) std::swap(low, high);  // "-18 °C to -34 °C"
    figure.value = (low.value + high.value) / 2;
    figure.exponent = std::min(low.exponent, high.exponent);
    figure.interval = {low.interval.low, high.interval.high, low.interval.low_open,
                       high.interval.high_open};
  }

  const bool has_currency = !phrase.currency.code.empty();
  if (has_currency) {
    figure.kind = FigureKind::money;
    figure.unit = resolve_currency(phrase.currency, options, figure.assumption);
  } else {
    switch (phrase.unit_kind) {
      case ast::UnitKind::percent:
        figure.kind = FigureKind::percent;
        figure.unit = "%";
        break;
      case ast::UnitKind::percentage_points:
        figure.kind = FigureKind::percentage_points;
        figure.unit = "pp";
        break;
      case ast::UnitKind::noun: {
        const char* numeral_end = text.data() + span.begin;
        const char* const span_end = text.data() + span.end;
        // Things are counted whole: a decimal with no scale word before a noun is a value said of
        // it, not a count ("magnitude 7.7 and 7.6 earthquakes", "2.5 children per woman").
        if (!literal && n.fraction && !n.words && !phrase.has_scale && !phrase.range) {
          const char* e = numeral_end;
          if (e < span_end && (*e == '-' || *e == '+')) ++e;  // "-3.25 degrees"
          else if (span_end - e >= 3 && std::string_view(e, 3) == "\xE2\x88\x92") e += 3;  // U+2212 minus
          // The number as written, a fraction's parts included ("2 1/4", "3½", "⅔").
          for (;;) {
            if (e < span_end && ((*e >= '0' && *e <= '9') || *e == '.' || *e == ',' || *e == '/')) {
              ++e;
            } else if (span_end - e >= 2 && *e == ' ' && e[1] >= '0' && e[1] <= '9' && e > numeral_end) {
              ++e;
            } else if (span_end - e >= 2 && e[0] == '\xC2' && (e[1] == '\xBC' || e[1] == '\xBD' || e[1] == '\xBE')) {
              e += 2;
            } else if (span_end - e >= 3 && e[0] == '\xE2' && e[1] == '\x85' &&
                       static_cast<unsigned char>(e[2]) >= 0x93 && static_cast<unsigned char>(e[2]) <= 0x9E) {
              e += 3;
            } else {
              break;
            }
          }
          while (e > numeral_end && (e[-1] == '.' || e[-1] == ',')) --e;
          figure.span.end = static_cast<std::size_t>(e - text.data());
          figure.text = std::string(text.substr(span.begin, figure.span.size()));
          figure.kind = FigureKind::number;
          break;
        }
        while (numeral_end < span_end && is_word_lead_or_digit(*numeral_end)) ++numeral_end;
        const bool direct = phrase.noun_begin && only_space(numeral_end, phrase.noun_begin);
        if (!literal && ast::year_like(n) && !direct) {
          // "In 2016 Vietnam reached ... agreements": the year, then a sentence.
          figure.span.end = static_cast<std::size_t>(numeral_end - text.data());
          figure.text = std::string(text.substr(span.begin, figure.span.size()));
          figure.kind = FigureKind::year;
          figure.unit = "year-ad";
          figure.interval = Interval::point(figure.value);
          return figure;
        }
        // "Four Nos defense policy": a capitalised number word before a capitalised word is a name.
        if (!literal && n.words && n.capitalised && !direct && numeral_end + 1 < span_end) {
          const char* next = numeral_end;
          while (next < span_end && !(*next >= 'A' && *next <= 'Z') && !(*next >= 'a' && *next <= 'z'))
            ++next;
          if (next < span_end && *next >= 'A' && *next <= 'Z') return std::nullopt;
        }
        figure.kind = FigureKind::count;
        figure.unit = phrase.unit;
        if (phrase.noun_begin && phrase.noun_end > phrase.noun_begin)
          figure.noun = collapse_space(std::string_view(
              phrase.noun_begin, static_cast<std::size_t>(phrase.noun_end - phrase.noun_begin)));
        whole_numbers(figure.interval);
        break;
      }
      case ast::UnitKind::duration:
        figure.kind = FigureKind::duration;
        figure.unit = phrase.unit;
        break;
      case ast::UnitKind::physical:
        if (!literal && degree_less_code(figure.text, text.substr(span.end))) return std::nullopt;
        figure.kind = FigureKind::quantity;
        figure.unit = physical_unit(phrase.unit, figure.text, options, figure.assumption);
        break;
      case ast::UnitKind::currency:
      case ast::UnitKind::none:
        figure.kind = FigureKind::number;
        break;
    }
  }

  // "un plan", "eine Reform", "một dự án": where the word for one is also the indefinite article, a
  // spelled-out one is a figure only with a scale ("un millier", "eine Milliarde").
  if (!literal && n.words && n.value == 1 && !phrase.has_scale && n.vague == ast::Numeral::Vague::no &&
      (figure.kind == FigureKind::number || figure.kind == FigureKind::count)) {
    const LanguageTables* tables = language_tables(options.language);
    if (tables && tables->one_is_article) return std::nullopt;
  }
  if (!literal && figure.kind == FigureKind::number) {
    // A year: four digits, no separators, nothing attached ("in 2015", "between 2004 and 2013").
    if (ast::year_like(n) && !phrase.has_scale) {
      figure.kind = FigureKind::year;
      figure.unit = "year-ad";
      return figure;
    }
    if (!n.words && !n.grouped && !n.fraction && n.value < 100 && !phrase.has_scale && !phrase.range &&
        figure.qualifier == Qualifier::none) {
      const LanguageTables* tables = language_tables(options.language);
      if (tables && tables->capitals_mark_names && after_name(text, span.begin)) return std::nullopt;
    }
    if (n.words && !phrase.has_scale && !phrase.range && n.vague == ast::Numeral::Vague::no) {
      // "one of", "no one": a pronoun far more often than a quantity; "Four Nos": a name (a
      // capitalised word of its own; "Three hundred and thirty one" is a number).
      if (n.value == 1 ||
          (n.capitalised && n.value < 100 && !opens_sentence(text, span.begin, span.end)))
        return std::nullopt;
      // Vietnamese "năm" is five and "year", "một" one and "a": a number word counts only with a
      // scale, a unit or a noun.
      const LanguageTables* tables = language_tables(options.language);
      if (tables && !tables->bare_number_words) return std::nullopt;
    }
  }

  if (phrase.post_qualifier != 0) {
    auto q = static_cast<Qualifier>(phrase.post_qualifier);
    apply_qualifier(figure, q, options.approximations);
    for (std::string_view word : {"程度", "近く", "を超", "を上回", "超", "余り", "以上", "限度", "以下", "未満"})
      if (figure.text.ends_with(word)) {
        figure.qualifier_text = std::string(word);
        break;  // the longest first: "を超" before "超"
      }
  }
  return figure;
}

bool apply_qualifier(Figure& figure, Qualifier qualifier, const ApproximationWidths& widths) {
  if (qualifier == Qualifier::none) return true;
  switch (figure.kind) {
    case FigureKind::date:
    case FigureKind::date_range:
    case FigureKind::year:
    case FigureKind::ordinal:
      return false;
    default:
      break;
  }
  const Interval p = figure.interval;
  const Number x = figure.value;
  const Number magnitude = x < 0 ? Number(-x) : x;
  Interval out = p;
  switch (qualifier) {
    case Qualifier::none:
      break;
    case Qualifier::about:
      out.low = std::min(p.low, Number(x - magnitude * widths.about));
      out.high = std::max(p.high, Number(x + magnitude * widths.about));
      out.low_open = out.low == p.low && p.low_open;
      out.high_open = out.high == p.high && p.high_open;
      break;
    case Qualifier::nearly:
      out.low = std::min(p.low, Number(x - magnitude * widths.nearly));
      out.low_open = out.low == p.low && p.low_open;
      break;
    // One-sided words bound the figure at its value as written (SPEC §2): "more than £30 million"
    // is (30, ∞) million, not the hull of [29.5, 30.5] and beyond; "up to 4.2 billion" is [0, 4.2].
    case Qualifier::more_than:
      out.low = x;
      out.low_open = true;
      out.high = infinity();
      out.high_open = true;
      break;
    case Qualifier::at_least:
      out.low = x;
      out.low_open = false;
      out.high = infinity();
      out.high_open = true;
      break;
    case Qualifier::up_to:
      out.low = std::min(p.low, Number(0));
      out.low_open = false;
      out.high = x;
      out.high_open = false;
      break;
    case Qualifier::less_than:
      out.low = std::min(p.low, Number(0));
      out.low_open = false;
      out.high = x;
      out.high_open = true;
      break;
  }
  figure.interval = out;
  if (figure.kind == FigureKind::count) whole_numbers(figure.interval);
  figure.qualifier = qualifier;
  return true;
}

}  // namespace crosscheck::figures
