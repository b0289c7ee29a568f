// Shared base of the word tables: x3::symbols that also remember which bytes can begin an entry.
#pragma once

#include <boost/spirit/home/x3/string/symbols.hpp>

#include <array>
#include <string>
#include <string_view>

namespace crosscheck::figures {

// Every table matches case exactly (x3::no_case would classify bytes ≥ 0x80 through the standard
// encoding, which asserts), so words are added as written and with a leading capital.
template <typename T>
struct Lexicon : boost::spirit::x3::symbols<T> {
  std::array<bool, 256> first_bytes{};

  void word(std::string_view text, const T& value) {
    std::string s(text);
    put(s, value);
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') {
      s[0] = static_cast<char>(s[0] - 'a' + 'A');
      put(s, value);
    }
  }
  // Exactly as given: codes, symbols and CJK.
  void exact(std::string_view text, const T& value) { put(std::string(text), value); }

 private:
  void put(const std::string& s, const T& value) {
    if (s.empty()) return;
    this->add(s, value);
    first_bytes[static_cast<unsigned char>(s[0])] = true;
  }
};

}  // namespace crosscheck::figures
