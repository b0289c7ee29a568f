#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

// Whole files read and written by the tests, byte for byte.
namespace crosscheck {

// The project's own directory, where the fixtures and example rules are.
inline const std::string kSourceRoot = CROSSCHECK_SOURCE_DIR;
inline const std::string kArticles = kSourceRoot + "/fixtures/articles/";

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

inline void write_file(const std::filesystem::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace crosscheck
