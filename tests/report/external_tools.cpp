#include "external_tools.h"

#include "report_testing.h"

#include <cstdlib>
#include <filesystem>

namespace crosscheck::testing {

namespace fs = std::filesystem;

std::string npm_dir() {
  const char* dir = std::getenv("CROSSCHECK_NPM_DIR");
  return dir && *dir ? dir : "build/npm";
}

namespace {
std::string missing(bool present, const std::string& what, std::string& list) {
  if (!present) list += (list.empty() ? "" : ", ") + what;
  return list;
}
}  // namespace

std::string missing_for_sarif_validation() {
  std::string list;
  missing(have_program("node"), "node", list);
  missing(fs::exists(npm_dir() + "/node_modules/ajv-cli/dist/index.js"), npm_dir() + "/node_modules/ajv-cli", list);
  missing(fs::exists(npm_dir() + "/node_modules/ajv-formats"), npm_dir() + "/node_modules/ajv-formats", list);
  missing(fs::exists(kSarifSchema), std::string("the SARIF schema ") + kSarifSchema, list);
  return list;
}

std::string missing_for_browser_test() {
  std::string list;
  missing(have_program("node"), "node", list);
  missing(fs::exists(npm_dir() + "/node_modules/playwright-core"), npm_dir() + "/node_modules/playwright-core", list);
  const char* chromium = std::getenv("CHROMIUM");
  missing(fs::exists(chromium && *chromium ? chromium : "/usr/bin/chromium"), "chromium (/usr/bin/chromium)", list);
  return list;
}

}  // namespace crosscheck::testing
