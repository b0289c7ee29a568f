// Where the report tests find the validators that scripts/setup.sh installs: Node packages in
// build/npm (ajv-cli, ajv-formats, playwright-core), Debian's Chromium, and the SARIF schema
// beside the repository. Each test skips, saying what is missing, when one is absent.
#pragma once

#include <string>

namespace crosscheck::testing {

// The folder holding node_modules (CROSSCHECK_NPM_DIR, else build/npm under the repository root).
std::string npm_dir();
// Empty when everything is there, else what is missing.
std::string missing_for_sarif_validation();
std::string missing_for_browser_test();

constexpr const char* kSarifSchema = "../shared/data/sarif/sarif-schema-2.1.0.json";

}  // namespace crosscheck::testing
