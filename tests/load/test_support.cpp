#include "test_support.h"

#include <fstream>

namespace crosscheck::testing {

std::string TempDir::write(const std::string& name, const std::string& text) const {
  std::filesystem::path file = path_ / name;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
  return file.generic_string();
}

}  // namespace crosscheck::testing
