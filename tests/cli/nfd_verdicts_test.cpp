// `check` over real stories (../shared/corpus) gives the same verdicts when every source is stored
// decomposed (NFD), as some sites store Vietnamese, as over the sources as published.
#include "cli/app.h"
#include "support/test_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(CROSSCHECK_SOURCE_DIR) / ".." / "shared" / "corpus";

std::string to_nfd(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfd->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  EXPECT_TRUE(U_SUCCESS(status));
  return out;
}

// check, kind, status and diagnosis codes of every finding, in report order.
std::vector<std::string> verdicts(const fs::path& story, const fs::path& report) {
  std::vector<std::string> args{"crosscheck", "check", (story / "rules").string(), "--quiet", "--jobs", "2",
                                "--report", "json=" + report.string()};
  if (fs::exists(story / "rules" / "rates.csv")) {
    args.push_back("--rates");
    args.push_back((story / "rules" / "rates.csv").string());
  }
  std::istringstream in;
  std::ostringstream out, err;
  Io io{in, out, err};
  const int status = run_app(args, io);
  EXPECT_TRUE(status == 0 || status == 1) << err.str();
  std::vector<std::string> out_lines;
  const auto json = nlohmann::json::parse(read_file(report), nullptr, false);
  if (json.is_discarded()) return out_lines;
  for (const auto& f : json["findings"]) {
    std::string line = f["check"].get<std::string>() + " " + f["kind"].get<std::string>() + " " +
                       f["status"].get<std::string>();
    for (const auto& d : f["diagnosis"]) line += " " + d["code"].get<std::string>();
    out_lines.push_back(line);
  }
  return out_lines;
}

TEST(NfdVerdicts, EveryStoryChecksAlikeWithItsSourcesDecomposed) {
  if (!fs::exists(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus.string();
  const fs::path scratch = fs::temp_directory_path() / ("crosscheck-nfd-verdicts-" + std::to_string(::getpid()));
  std::size_t stories = 0, findings = 0, decomposed = 0;
  for (const auto& entry : fs::directory_iterator(kCorpus)) {
    if (!fs::is_directory(entry.path() / "rules")) continue;
    const std::string story = entry.path().filename().string();
    const fs::path copy = scratch / story;
    fs::create_directories(copy);
    fs::copy(entry.path(), copy, fs::copy_options::recursive);
    for (const auto& article : fs::directory_iterator(copy / "articles")) {
      if (article.path().extension() != ".txt") continue;
      const std::string bytes = read_file(article.path());
      const std::string nfd = to_nfd(bytes);
      decomposed += nfd != bytes;
      std::ofstream(article.path(), std::ios::binary | std::ios::trunc) << nfd;
    }
    const auto original = verdicts(entry.path(), scratch / (story + ".json"));
    const auto nfd = verdicts(copy, scratch / (story + ".nfd.json"));
    EXPECT_FALSE(original.empty()) << story;
    EXPECT_EQ(original, nfd) << story;
    ++stories;
    findings += original.size();
  }
  std::cout << "check with every source in NFD: " << stories << " stories, " << findings
            << " findings, " << decomposed << " articles changed by NFD; verdicts compared one by one\n";
  EXPECT_GT(decomposed, 0u);
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace crosscheck
