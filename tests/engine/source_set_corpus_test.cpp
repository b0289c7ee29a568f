// The sources of real stories (../shared/corpus, in en, de, fr, ja and vi) loaded as `check` loads
// them: each is read in the language its rule file gives when that `language:` is taken away
// (detection), and an NFD copy of each reads exactly as the original (Unicode normalisation).
#include "engine/source_set.h"
#include "support/test_files.h"
#include "load/rule_loader.h"
#include "text/language_detect.h"

#include <gtest/gtest.h>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(CROSSCHECK_SOURCE_DIR) / ".." / "shared" / "corpus";

// The decomposed form, made here with ICU (the code under test only ever composes).
std::string to_nfd(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfd->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  EXPECT_TRUE(U_SUCCESS(status));
  return out;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Every story's rule files, loaded as `check` loads them.
std::map<std::string, std::vector<RuleFile>> corpus_rules() {
  std::map<std::string, std::vector<RuleFile>> stories;
  for (const auto& entry : fs::directory_iterator(kCorpus)) {
    if (!fs::is_directory(entry.path() / "rules")) continue;
    DiagnosticSink sink;
    auto rules = load_rule_paths({(entry.path() / "rules").string()}, sink);
    EXPECT_FALSE(sink.has_errors()) << entry.path();
    stories[entry.path().filename().string()] = std::move(rules);
  }
  return stories;
}

TEST(SourceSetCorpus, DetectsTheLanguageOfEveryArticleItsRuleFileGives) {
  if (!fs::exists(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus.string();
  std::size_t right = 0, total = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> by_language;  // right, total
  for (auto& [story, rules] : corpus_rules()) {
    std::map<std::string, std::string> given;  // path → language the rule file gives ("" → en)
    for (RuleFile& file : rules)
      for (SourceDecl& decl : file.sources) {
        given[decl.path] = decl.language.empty() ? "en" : decl.language;
        decl.language.clear();
      }
    DiagnosticSink sink;
    SourceSet sources;
    sources.load(rules, sink, 2);
    ASSERT_FALSE(sink.has_errors()) << story;
    for (const auto& source : sources.all()) {
      const std::string& want = given[source->decl.path];
      EXPECT_EQ(source->language.tag, want) << source->decl.path;
      EXPECT_TRUE(source->language.detected);
      auto& [r, t] = by_language[want];
      ++t;
      ++total;
      if (source->language.tag == want) {
        ++r;
        ++right;
      }
    }
  }
  std::ostringstream line;
  line << "language detection on the corpus with language: removed: " << right << "/" << total << " right (";
  for (const auto& [language, counts] : by_language)
    line << language << " " << counts.first << "/" << counts.second << (language == by_language.rbegin()->first ? "" : ", ");
  line << ")";
  std::cout << line.str() << '\n';
  EXPECT_EQ(right, total);
}

TEST(SourceSetCorpus, NfdCopiesReadTheSameFiguresAsTheOriginals) {
  if (!fs::exists(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus.string();
  const fs::path scratch = fs::temp_directory_path() / ("crosscheck-nfd-" + std::to_string(::getpid()));
  fs::create_directories(scratch);
  std::size_t articles = 0, changed = 0, figures = 0, moved = 0;
  for (auto& [story, rules] : corpus_rules()) {
    // The same rule files over NFD copies of the articles (languages given as the rule file gives).
    std::vector<RuleFile> copies = rules;
    for (RuleFile& file : copies)
      for (SourceDecl& decl : file.sources) {
        const fs::path copy = scratch / (story + "-" + fs::path(decl.path).filename().string());
        std::ofstream(copy, std::ios::binary) << to_nfd(read_file(decl.path));
        decl.path = copy.string();
      }
    DiagnosticSink sink;
    SourceSet originals, decomposed;
    originals.load(rules, sink, 2);
    decomposed.load(copies, sink, 2);
    ASSERT_FALSE(sink.has_errors()) << story;
    ASSERT_EQ(originals.all().size(), decomposed.all().size());
    for (std::size_t s = 0; s < originals.all().size(); ++s) {
      const LoadedSource& a = *originals.all()[s];
      const LoadedSource& b = *decomposed.all()[s];
      ++articles;
      changed += a.file->bytes() != b.file->bytes();
      EXPECT_EQ(a.file->bytes() != b.file->bytes(), b.file->normalised()) << b.decl.path;
      EXPECT_EQ(a.language.tag, b.language.tag) << a.decl.path;
      ASSERT_EQ(a.figures.size(), b.figures.size()) << a.decl.path;
      for (std::size_t i = 0; i < a.figures.size(); ++i) {
        const Figure& x = a.figures[i];
        const Figure& y = b.figures[i];
        SCOPED_TRACE(a.decl.path + ": " + x.text);
        ++figures;
        EXPECT_EQ(x.text, y.text);
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_TRUE(x.value == y.value);
        EXPECT_TRUE(x.interval == y.interval);
        EXPECT_EQ(x.unit, y.unit);
        EXPECT_EQ(x.noun, y.noun);
        EXPECT_EQ(x.qualifier, y.qualifier);
        // The span in each file's own bytes: the NFD copy's span holds the decomposed original.
        const Span xs = a.file->original_span(x.span);
        const Span ys = b.file->original_span(y.span);
        EXPECT_EQ(to_nfd(a.file->bytes().substr(xs.begin, xs.size())), b.file->bytes().substr(ys.begin, ys.size()));
        moved += xs.begin != ys.begin;
        // Same line; the column counts the code points of the decomposed line before the figure.
        const Location xl = a.file->location(x.span.begin);
        const Location yl = b.file->location(y.span.begin);
        EXPECT_EQ(xl.line, yl.line);
        const std::size_t line_start = a.file->lines().line_start(xl.line);
        const std::string before = to_nfd(a.file->bytes().substr(line_start, xs.begin - line_start));
        EXPECT_EQ(yl.column, code_points(before) + 1 - (xl.line == 1 && a.file->bom_size() > 0));
      }
    }
  }
  std::cout << "NFD copies of the corpus: " << articles << " articles (" << changed << " changed by NFD), "
            << figures << " figures read alike (" << moved << " at other byte offsets in the NFD copy)\n";
  EXPECT_GT(changed, 0u);
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace crosscheck
