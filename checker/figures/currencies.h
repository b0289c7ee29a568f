// Currency symbols, codes and words → ISO 4217 codes ("$" and "¥" are resolved by the options).
#pragma once

#include "figures/ast.h"
#include "figures/lexicon.h"

namespace crosscheck::figures {

// Codes shared by the prefix and suffix tables.
inline constexpr const char* iso_codes[] = {"USD", "JPY", "VND", "EUR", "GBP", "SGD", "AUD",
                                            "CAD", "HKD", "CNY", "KRW", "INR", "THB", "MYR",
                                            "PHP", "IDR", "NZD", "CHF", "TWD", "RUB"};

// Written before the amount: "$239 million", "US$18.8 million", "JPY2 billion", "VND 5 trillion".
struct CurrencyPrefixes : Lexicon<ast::Currency> {
  CurrencyPrefixes() {
    exact("$", {"$", true});
    exact("¥", {"¥", true});
    exact("￥", {"¥", true});
    exact("US$", {"USD", false});
    exact("U.S.$", {"USD", false});
    exact("S$", {"SGD", false});
    exact("A$", {"AUD", false});
    exact("AU$", {"AUD", false});
    exact("C$", {"CAD", false});
    exact("CA$", {"CAD", false});
    exact("HK$", {"HKD", false});
    exact("NZ$", {"NZD", false});
    exact("NT$", {"TWD", false});
    exact("€", {"EUR", false});
    exact("£", {"GBP", false});
    exact("₹", {"INR", false});
    exact("₩", {"KRW", false});
    exact("₫", {"VND", false});
    exact("Rs.", {"INR", false});
    exact("Rs", {"INR", false});
    exact("RMB", {"CNY", false});
    for (const char* code : iso_codes) exact(code, {code, false});
  }
};

// Written after the amount: "100 billion yen", "5 trillion dong", "2 triệu USD", "286億円".
struct CurrencyWords : Lexicon<ast::Currency> {
  CurrencyWords() {
    word("yen", {"JPY", false});
    exact("yên", {"JPY", false});
    exact("円", {"JPY", false});
    word("dollars", {"$", true});
    word("dollar", {"$", true});
    word("US dollars", {"USD", false});
    exact("U.S. dollars", {"USD", false});
    word("Singapore dollars", {"SGD", false});
    word("Australian dollars", {"AUD", false});
    word("Canadian dollars", {"CAD", false});
    word("Hong Kong dollars", {"HKD", false});
    exact("ドル", {"USD", false});
    exact("đô la", {"USD", false});
    exact("đô la Mỹ", {"USD", false});
    exact("USD", {"USD", false});
    word("dong", {"VND", false});
    exact("đồng", {"VND", false});
    exact("Đồng", {"VND", false});
    word("euros", {"EUR", false});
    word("euro", {"EUR", false});
    word("pounds", {"GBP", false});
    word("pounds sterling", {"GBP", false});
    word("yuan", {"CNY", false});
    word("renminbi", {"CNY", false});
    exact("元", {"CNY", false});
    word("won", {"KRW", false});
    word("rupees", {"INR", false});
    word("rupee", {"INR", false});
    word("baht", {"THB", false});
    word("ringgit", {"MYR", false});
    for (const char* code : iso_codes) exact(code, {code, false});
  }
};

}  // namespace crosscheck::figures
