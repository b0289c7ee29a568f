#include "units/rate_csv.h"

#include "units/currency.h"

#include "base/regular_file.h"

#include <cstring>
#include <unordered_map>
#include <vector>

namespace crosscheck {

namespace {

// A rates file is a small hand-kept table, or at most the ECB's whole history (~2 MB).
constexpr std::uintmax_t max_file_bytes = 64u << 20;

struct Field {
  std::string_view text;  // without surrounding blanks
  std::size_t offset;     // of the text's first byte within the line
};

std::vector<Field> split_fields(std::string_view line) {
  std::vector<Field> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t end = line.find(',', start);
    std::size_t stop = end == std::string_view::npos ? line.size() : end;
    std::size_t first = start;
    while (first < stop && (line[first] == ' ' || line[first] == '\t')) ++first;
    std::size_t last = stop;
    while (last > first && (line[last - 1] == ' ' || line[last - 1] == '\t')) --last;
    fields.push_back({line.substr(first, last - first), first});
    if (end == std::string_view::npos) return fields;
    start = end + 1;
  }
}

// 1-based column in code points: UTF-8 continuation bytes do not start a character.
std::size_t column_of(std::string_view line, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

struct Row {
  Date date;
  std::string base;
  std::string quote;
  Number rate;
};

class Reader {
 public:
  Reader(const std::string& file, DiagnosticSink& sink) : file_(file), sink_(sink) {}

  std::vector<Row> read(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a byte-order mark from a spreadsheet
    std::size_t number = 0;
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      line_ = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      ++number;
      line_number_ = number;
      if (line_.ends_with('\r')) line_.remove_suffix(1);
      std::size_t first = line_.find_first_not_of(" \t");
      if (first == std::string_view::npos || line_[first] == '#') continue;
      std::vector<Field> fields = split_fields(line_);
      if (layout_ == Layout::unknown) {
        layout_ = Layout::simple;
        if (equal_ignoring_case(fields.front().text, "date")) {
          read_header(fields);
          continue;
        }
      }
      if (layout_ == Layout::ecb) {
        read_ecb_row(fields);
      } else {
        read_row(fields);
      }
    }
    return std::move(rows_);
  }

 private:
  enum class Layout { unknown, simple, ecb };

  template <typename... Args>
  void error(const Field& at, fmt::format_string<Args...> format, Args&&... args) {
    sink_.error({file_, line_number_, column_of(line_, at.offset)}, format, std::forward<Args>(args)...);
  }

  void read_header(const std::vector<Field>& fields) {
    if (fields.size() == 4 && equal_ignoring_case(fields[1].text, "base") &&
        equal_ignoring_case(fields[2].text, "quote") && equal_ignoring_case(fields[3].text, "rate"))
      return;
    // Anything else after "date" is the ECB's layout: one column of units per EUR per currency.
    layout_ = Layout::ecb;
    std::size_t count = fields.size();
    while (count > 1 && fields[count - 1].text.empty()) --count;  // the ECB ends lines with a comma
    if (count == 1) {
      error(fields.front(), "expected a header 'date,base,quote,rate' or the ECB's 'Date,USD,JPY,...'");
      return;
    }
    for (std::size_t i = 1; i < count; ++i) {
      std::optional<std::string> code = currency(fields[i], "currency code");
      columns_.push_back(code ? *code : "");
    }
  }

  // A rate on a line "date,base,quote,rate".
  void read_row(const std::vector<Field>& fields) {
    if (fields.size() != 4) {
      error(fields.front(), "expected 4 fields (date,base,quote,rate), got {}", fields.size());
      return;
    }
    std::optional<Date> date = read_date(fields[0]);
    std::optional<std::string> base = currency(fields[1], "base currency");
    std::optional<std::string> quote = currency(fields[2], "quote currency");
    std::optional<Number> rate = read_rate(fields[3]);
    if (base && quote && *base == *quote) {
      error(fields[2], "base and quote are the same currency ({})", *base);
      return;
    }
    if (date && base && quote && rate) add(fields.front(), *date, *base, *quote, *rate);
  }

  // A line of the ECB's layout: a date, then units per EUR for each header currency.
  void read_ecb_row(const std::vector<Field>& fields) {
    std::size_t count = fields.size();
    while (count > 1 && fields[count - 1].text.empty()) --count;
    if (count != columns_.size() + 1) {
      error(fields.front(), "expected {} fields as in the header line, got {}", columns_.size() + 1, count);
      return;
    }
    std::optional<Date> date = read_date(fields[0]);
    for (std::size_t i = 1; i < count; ++i) {
      const Field& field = fields[i];
      if (field.text == "N/A" || field.text.empty()) continue;  // the ECB's "no rate that day"
      std::optional<Number> rate = read_rate(field);
      if (date && rate && !columns_[i - 1].empty() && columns_[i - 1] != "EUR")
        add(field, *date, "EUR", columns_[i - 1], *rate);
    }
  }

  std::optional<Date> read_date(const Field& field) {
    if (field.text.empty()) {
      error(field, "missing date: expected YYYY-MM-DD");
      return std::nullopt;
    }
    std::optional<Date> date = parse_iso_date(field.text);
    if (!date || !date->complete()) {
      error(field, "bad date '{}': expected YYYY-MM-DD", field.text);
      return std::nullopt;
    }
    return date;
  }

  std::optional<std::string> currency(const Field& field, std::string_view what) {
    if (field.text.empty()) {
      error(field, "missing {}: expected an ISO 4217 code such as USD", what);
      return std::nullopt;
    }
    if (is_known_currency(field.text)) return std::string(field.text);
    std::string upper(field.text);
    for (char& c : upper)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (is_known_currency(upper)) {
      error(field, "unknown currency code '{}'; did you mean '{}'?", field.text, upper);
    } else {
      error(field, "unknown currency code '{}'", field.text);
    }
    return std::nullopt;
  }

  std::optional<Number> read_rate(const Field& field) {
    if (field.text.empty()) {
      error(field, "missing rate: expected a decimal number such as 119.65");
      return std::nullopt;
    }
    std::optional<Number> rate = parse_number(field.text);
    if (!rate) {
      error(field, "bad rate '{}': expected a decimal number such as 119.65", field.text);
      return std::nullopt;
    }
    if (*rate <= 0) {
      error(field, "rate must be positive, got '{}'", field.text);
      return std::nullopt;
    }
    return rate;
  }

  void add(const Field& at, const Date& date, const std::string& base, const std::string& quote,
           const Number& rate) {
    // One file giving two rates for one date and pair is a mistake whichever it meant.
    auto [seen, inserted] = first_line_.try_emplace(key(date, base, quote), line_number_, rows_.size());
    if (!inserted) {
      const Row& earlier = rows_[seen->second.second];
      if (earlier.base != base || earlier.rate != rate) {
        error(at, "a second {}/{} rate for {} (the first is at line {})", base, quote, to_string(date),
              seen->second.first);
      }
      return;
    }
    rows_.push_back({date, base, quote, rate});
  }

  // The date and the pair (either order) packed in one integer: the ECB's whole history is
  // ~200,000 rates, and string keys would dominate the time to read it.
  static std::uint64_t key(const Date& date, const std::string& base, const std::string& quote) {
    auto index = [](const std::string& code) {
      return static_cast<std::uint64_t>(find_currency(code) - currencies().data());
    };
    std::uint64_t a = index(base);
    std::uint64_t b = index(quote);
    if (a > b) std::swap(a, b);
    return static_cast<std::uint64_t>(day_number(date)) << 20 | a << 10 | b;
  }

  const std::string& file_;
  DiagnosticSink& sink_;
  std::string_view line_;
  std::size_t line_number_ = 0;
  Layout layout_ = Layout::unknown;
  std::vector<std::string> columns_;  // ECB layout: the currency of each column ("" when invalid)
  std::vector<Row> rows_;
  std::unordered_map<std::uint64_t, std::pair<std::size_t, std::size_t>> first_line_;  // → line, row
};

}  // namespace

std::size_t load_rates_csv(std::string_view text, const std::string& file, RateTable& table,
                           DiagnosticSink& sink) {
  std::size_t errors_before = sink.error_count();
  std::vector<Row> rows = Reader(file, sink).read(text);
  if (sink.error_count() != errors_before) return 0;
  if (rows.empty()) sink.warning({file, 0, 0}, "no exchange rates in this file");
  for (const Row& row : rows) table.add(row.date, row.base, row.quote, row.rate, file);
  return rows.size();
}

std::size_t load_rates_file(const std::string& path, RateTable& table, DiagnosticSink& sink) {
  FileRead file = read_regular_file(path, max_file_bytes);
  switch (file.failure) {
    case FileRead::Failure::none: break;
    case FileRead::Failure::not_found:
      sink.error({path, 0, 0}, "cannot open the rates file: {}", file.what);
      return 0;
    case FileRead::Failure::directory:
      sink.error({path, 0, 0}, "is a directory; expected a CSV file of exchange rates");
      return 0;
    case FileRead::Failure::not_regular:  // a pipe or a device could block or never end
      sink.error({path, 0, 0}, "is {}; expected a CSV file of exchange rates", file.what);
      return 0;
    case FileRead::Failure::too_large:
      sink.error({path, 0, 0}, "the rates file is too large ({} bytes; at most {})", file.size, max_file_bytes);
      return 0;
    case FileRead::Failure::unreadable:
      sink.error({path, 0, 0}, "cannot open the rates file: {}", file.what);
      return 0;
  }
  std::string text = std::move(file.bytes);
  if (text.find('\0') != std::string::npos) {
    sink.error({path, 0, 0}, "not a text file (it holds NUL bytes); expected a CSV file of exchange rates");
    return 0;
  }
  return load_rates_csv(text, path, table, sink);
}

}  // namespace crosscheck
