// Each language's builder (one file each), for the registry.
#pragma once

#include "figures/languages/language.h"

namespace crosscheck::figures {

LanguageTables build_english();
LanguageTables build_german();
LanguageTables build_french();
LanguageTables build_vietnamese();
LanguageTables build_japanese();

}  // namespace crosscheck::figures
