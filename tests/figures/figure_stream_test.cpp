// A text read in pieces gives the figures the same text read whole gives: the same values,
// bytes, lines, columns and partners, the same language, the same refusals.
#include "figures/figure_stream.h"

#include "figure_testing.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

struct Read {
  bool opened = false;
  bool in_pieces = false;
  std::string language;
  std::string diagnostics;
  std::string figures;
};

Read read(const std::string& path, const StreamOptions& options) {
  Read out;
  DiagnosticSink sink;
  auto input = FigureInput::open(path, "", sink, options);
  for (const auto& d : sink.diagnostics()) out.diagnostics += to_string(d) + "\n";
  if (!input) return out;
  out.opened = true;
  out.in_pieces = input->in_pieces();
  out.language = input->language().tag + (input->language().detected ? " detected" : " given");
  ExtractOptions extract;
  extract.document_date = Date{2016, 1, 1};
  std::ostringstream s;
  const bool ok = input->for_each(extract, [&](const FigureRecord& r) {
    Figure f = r.figure;
    f.pair.reset();  // an index among the figures of the text it was read from; r.pair is the file's
    s << r.original.begin << "-" << r.original.end << " " << r.line << ":" << r.column << " "
      << testing::describe(f) << " pair=" << (r.pair ? std::to_string(*r.pair) : "-") << "\n";
  }, sink);
  EXPECT_TRUE(ok) << path;
  out.figures = s.str();
  return out;
}

StreamOptions whole() {
  StreamOptions o;
  o.allow_pieces = false;
  return o;
}

// Pieces as small as the text allows: a cut after every blank line that may be one.
StreamOptions tiny_pieces() {
  StreamOptions o;
  o.sizes.target = 1;
  return o;
}

void expect_same(const std::string& path, std::size_t& in_pieces) {
  const Read a = read(path, whole());
  const Read b = read(path, tiny_pieces());
  EXPECT_EQ(a.opened, b.opened) << path;
  EXPECT_EQ(a.diagnostics, b.diagnostics) << path;
  EXPECT_EQ(a.language, b.language) << path;
  EXPECT_EQ(a.figures, b.figures) << path;
  if (b.in_pieces) ++in_pieces;
}

std::vector<fs::path> texts_under(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".csv" || ext == ".pdf"))
      out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

const fs::path kRoot = CROSSCHECK_SOURCE_DIR;

TEST(FigureStream, EveryFixtureReadsTheSameInPieces) {
  std::size_t files = 0, in_pieces = 0;
  for (const fs::path& path : texts_under(kRoot / "fixtures")) {
    expect_same(path.string(), in_pieces);
    ++files;
  }
  EXPECT_GT(files, 30u);
  EXPECT_GT(in_pieces, files / 2);  // most fixtures are plain text
}

TEST(FigureStream, EveryCorpusArticleReadsTheSameInPieces) {
  const fs::path corpus = kRoot.parent_path() / "shared" / "corpus";
  if (!fs::exists(corpus)) GTEST_SKIP() << "the labelled corpus is not in ../shared/corpus";
  std::size_t files = 0, texts = 0, in_pieces = 0;
  for (const fs::path& path : texts_under(corpus)) {
    expect_same(path.string(), in_pieces);
    ++files;
    texts += path.extension() == ".txt";
  }
  EXPECT_GT(texts, 40u);
  EXPECT_EQ(in_pieces, texts);  // every article is plain text
}

class TempFile {
 public:
  explicit TempFile(const std::string& bytes, const std::string& name = "figure-stream-test.txt")
      : path_(fs::temp_directory_path() / (std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { fs::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Several articles one after another, twice over, past the MiB that language detection reads:
// lines repeated far apart (running heads to the extractor), pieces of every size.
TEST(FigureStream, ALongTextReadsTheSameInPiecesOfAnySize) {
  std::string text = "\xEF\xBB\xBF" "Corpus of articles\r\n\r\n";
  for (const fs::path& path : texts_under(kRoot / "fixtures" / "articles")) {
    const std::string article = slurp(path);
    text += article + "\n\n";
  }
  const std::string once = text;
  while (text.size() < (std::size_t{3} << 19)) text += once;
  text += "Page 7 of the report, Vol. 32, No. 1S (2016) 25-48\n\nPage 7 of the report, Vol. 32, No. 1S (2016) 25-48\n";
  const TempFile file(text);
  const Read a = read(file.path(), whole());
  ASSERT_TRUE(a.opened);
  for (std::size_t target : {std::size_t{1}, std::size_t{300}, std::size_t{4096}, std::size_t{1} << 20}) {
    StreamOptions o;
    o.sizes.target = target;
    const Read b = read(file.path(), o);
    EXPECT_TRUE(b.in_pieces);
    EXPECT_EQ(a.language, b.language) << target;
    EXPECT_EQ(a.figures, b.figures) << target;
  }
}

// A refusal names the same place whichever way the file is read.
TEST(FigureStream, BadBytesAreReportedWhereTheyAre) {
  const std::string good(5000, 'a');
  for (const std::string& bad : {std::string("x\0y", 3), std::string("caf\xC3(\n"), std::string("\xFF")}) {
    const TempFile file("Line one.\n\n" + good + "\n\nThree 3 and \xC3\xA9 " + bad + " end\n\n" + good + "\n");
    std::size_t in_pieces = 0;
    expect_same(file.path(), in_pieces);
    EXPECT_FALSE(read(file.path(), tiny_pieces()).opened);
  }
}

// Tags that close on their line are removed piece by piece; one that spans lines, or a script,
// sends the text to be read whole.
TEST(FigureStream, TextWithTagsOnTheirLinesIsReadInPieces) {
  const TempFile file("It cost <b>$5</b> in 2015.<br />\n\nAnd <!-- 6 --> 7 more &amp; 8.<br>\n");
  const Read b = read(file.path(), tiny_pieces());
  EXPECT_TRUE(b.in_pieces);
  std::size_t in_pieces = 0;
  expect_same(file.path(), in_pieces);
  for (const char* held : {"<b\n\n>$5</b>", "<!-- a\n\n -->", "<script>x</script>"}) {
    const TempFile other(std::string("It cost ") + held + " in 2015.\n\nAnd 7 more.\n");
    EXPECT_FALSE(read(other.path(), tiny_pieces()).in_pieces) << held;
    expect_same(other.path(), in_pieces);
  }
}

TEST(FigureStream, TextWithTagsIsReadWhole) {
  const TempFile file("It cost <b\n\n>$5</b> in 2015.\n\nAnd 7 more.\n");
  const Read b = read(file.path(), tiny_pieces());
  EXPECT_TRUE(b.opened);
  EXPECT_FALSE(b.in_pieces);
  std::size_t in_pieces = 0;
  expect_same(file.path(), in_pieces);
}

}  // namespace
}  // namespace crosscheck
