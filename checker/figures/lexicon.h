// Shared base of the word tables: x3::symbols that also remember which bytes and which words can
// begin an entry, so that the scanner tries the grammar only where an entry may start.
#pragma once

#include <boost/spirit/home/x3/string/symbols.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::figures {

// Every table matches case exactly (x3::no_case would classify bytes ≥ 0x80 through the standard
// encoding, which asserts), so words are added as written and with a leading capital.
template <typename T>
struct Lexicon : boost::spirit::x3::symbols<T> {
  std::array<bool, 256> first_bytes{};
  // The leading ASCII letters of each entry ("US" of "US$", "per" of "per cent", "JPY"): what the
  // scanner reads at a word start before it asks the grammar.
  std::vector<std::string> first_words;
  // Entries that begin with neither a letter nor a digit ("$", "€", "約"), whole.
  std::vector<std::string> symbols;

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
    std::size_t n = 0;
    while (n < s.size() && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))) ++n;
    if (n > 0) first_words.push_back(s.substr(0, n));
    else if (!(s[0] >= '0' && s[0] <= '9')) symbols.push_back(s);
  }
};

}  // namespace crosscheck::figures
