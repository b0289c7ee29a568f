// A fixed set of short words, asked at every word of a text: open addressing on a cheap hash,
// no allocation per lookup, and most words turned away by their first byte and length alone.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::figures {

class WordSet {
 public:
  void insert(std::string_view word) {
    if (word.empty() || word.size() >= 64 || contains(word)) return;
    words_.emplace_back(word);
    lengths_[static_cast<unsigned char>(word[0])] |= std::uint64_t{1} << word.size();
    if (words_.size() * 4 > slots_.size()) rehash(slots_.empty() ? 64 : slots_.size() * 2);
    else place(words_.size() - 1);
  }

  bool contains(std::string_view word) const {
    if (word.empty() || word.size() >= 64 ||
        !(lengths_[static_cast<unsigned char>(word[0])] >> word.size() & 1))
      return false;
    const std::size_t mask = slots_.size() - 1;
    const std::size_t h = hash(word);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index == 0) return false;
      if (slot.hash == static_cast<std::uint32_t>(h) && words_[slot.index - 1] == word) return true;
    }
  }

  std::size_t size() const { return words_.size(); }

 private:
  // Words are short: their bytes are packed into two 64-bit words (no serial multiply per byte).
  static std::size_t hash(std::string_view word) {
    std::uint64_t a = word.size(), b = 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
      const std::uint64_t c = static_cast<unsigned char>(word[i]);
      if (i < 8) a ^= c << (8 * i);
      else b ^= c << (8 * (i & 7));
    }
    std::uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  void place(std::size_t index) {
    const std::size_t mask = slots_.size() - 1;
    const std::size_t h = hash(words_[index]);
    std::size_t i = h & mask;
    while (slots_[i].index != 0) i = (i + 1) & mask;
    slots_[i] = {static_cast<std::uint32_t>(index + 1), static_cast<std::uint32_t>(h)};
  }
  void rehash(std::size_t size) {
    slots_.assign(size, Slot{});
    for (std::size_t k = 0; k < words_.size(); ++k) place(k);
  }

  struct Slot {
    std::uint32_t index = 0;  // into words_, + 1; 0 is empty
    std::uint32_t hash = 0;   // compared before the words are
  };
  std::vector<std::string> words_;
  std::vector<Slot> slots_;
  std::array<std::uint64_t, 256> lengths_{};  // by first byte, bit n: some word has n bytes
};

}  // namespace crosscheck::figures
