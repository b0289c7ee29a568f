// What every fuzzer does first: take the bytes as a source is taken (valid UTF-8, no NUL, at
// most the size limit), since the parsers behind are only ever given such text.
#pragma once

#include "base/diagnostic.h"
#include "text/source_file.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace crosscheck::fuzz {

inline std::unique_ptr<SourceFile> source_of(const std::uint8_t* data, std::size_t size, SourceFormat format) {
  DiagnosticSink sink;
  return make_source("fuzz", std::string(reinterpret_cast<const char*>(data), size), format, sink);
}

}  // namespace crosscheck::fuzz
