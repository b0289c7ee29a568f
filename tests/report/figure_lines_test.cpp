// extract's JSON lines are write_figure_fields' object, compact: the same keys, values and escapes.
#include "report/figure_lines.h"

#include "report/figure_json.h"
#include "report/json_out.h"

#include <gtest/gtest.h>

#include <sstream>

namespace crosscheck {
namespace {

// The pretty-printed object with its newlines and indentation removed (outside strings).
std::string compacted(std::string_view path, const FigureRecord& record) {
  std::ostringstream s;
  JsonOut json(s);
  json.begin_object();
  json.key("path").string(path);
  write_figure_fields(json, record);
  json.end_object();
  std::string out;
  bool in_string = false, escaped = false;
  for (char c : s.str()) {
    if (in_string) {
      out += c;
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != '\n' && c != ' ') {
      out += c;
    }
  }
  return out + "\n";
}

TEST(FigureLines, AJsonLineIsTheFieldsObjectCompact) {
  const std::string text =
      "Japan gave 100 billion yen ($835 million) to \"Vietnam\" & <others>, nearly 40 percent more.\n"
      "It sent six used vessels, 2,300 km away, from 5 to 10 percent, over 1.5 million people, "
      "a loss of -3.25 percent, 0.000012 of it, and 12,345,678,901,234,567 dong on 9 May 2015.\n";
  auto source = std::make_unique<SourceFile>("dir/a \"b\".txt", text, SourceFormat::text);
  auto input = FigureInput::whole(std::move(source), "en");
  DiagnosticSink sink;
  std::size_t figures = 0;
  ASSERT_TRUE(input->for_each({}, [&](const FigureRecord& r) {
    std::string line;
    append_figure_json_line(line, input->path(), r);
    EXPECT_EQ(line, compacted(input->path(), r));
    ++figures;
  }, sink));
  EXPECT_GT(figures, 8u);
}

TEST(FigureLines, ARowIsTabSeparated) {
  auto source = std::make_unique<SourceFile>("a.txt", "It cost about $5 million.\n", SourceFormat::text);
  auto input = FigureInput::whole(std::move(source), "en");
  DiagnosticSink sink;
  std::string rows;
  ASSERT_TRUE(input->for_each({}, [&](const FigureRecord& r) { append_figure_row(rows, input->path(), r); }, sink));
  EXPECT_EQ(rows, "a.txt:1:15\tmoney\t$5 million\t5000000\t[4500000, 5500000]\tUSD\n");
}

}  // namespace
}  // namespace crosscheck
