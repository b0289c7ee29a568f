// Currency symbols, codes and words → ISO 4217 codes ("$" and "¥" are resolved by the options).
#pragma once

#include "figures/ast.h"
#include "figures/languages/language.h"
#include "figures/lexicon.h"

#include <utility>

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
    // Tokenised and lower-case forms: "c $ 16.4 million", "hk $ 10.05 billion", "u.s $ 100".
    for (auto [text, code] : {std::pair{"c $", "CAD"}, {"C $", "CAD"}, {"hk $", "HKD"},
                              {"HK $", "HKD"}, {"us $", "USD"}, {"US $", "USD"}, {"u.s $", "USD"},
                              {"u.s. $", "USD"}, {"U.S. $", "USD"}})
      exact(text, {code, false});
    for (const char* code : iso_codes) exact(code, {code, false});
    add_symbols_before(*this);
  }
};

// Written after the amount: "100 billion yen", "5 trillion dong", "2 triệu USD", "286億円".
struct CurrencyWords : Lexicon<ast::Currency> {
  CurrencyWords() {
    word("yen", {"JPY", false});
    exact("yên", {"JPY", false});
    exact("円", {"JPY", false});
    // Minor units: a hundredth of the currency ("50 cents" = 0.50; cents of the dollar by default).
    word("cents", {"$", true, -2});
    word("cent", {"$", true, -2});
    exact("\xC2\xA2", {"$", true, -2});  // "10¢"
    word("pence", {"GBP", false, -2});
    word("penny", {"GBP", false, -2});
    word("pennies", {"GBP", false, -2});
    word("dollars", {"$", true});
    word("dollar", {"$", true});
    word("US dollars", {"USD", false});
    for (const char* w : {"us dollars", "us dollar", "US dollar", "u.s. dollars", "U.S. dollar"})
      exact(w, {"USD", false});
    exact("australian dollars", {"AUD", false});
    exact("canadian dollars", {"CAD", false});
    exact("singapore dollars", {"SGD", false});
    exact("hong kong dollars", {"HKD", false});
    word("swiss francs", {"CHF", false});
    exact("Swiss francs", {"CHF", false});
    // "francs" alone may be Swiss, French, Belgian or CFA: read as Swiss by default, and said so.
    word("francs", {"franc", true});
    word("franc", {"franc", true});
    // Currencies the euro replaced, still in older text: their ISO codes (no exchange rates).
    word("finnish markka", {"FIM", false});
    word("markka", {"FIM", false});
    word("pesetas", {"ESP", false});
    word("peseta", {"ESP", false});
    word("dutch guilders", {"NLG", false});
    word("guilders", {"NLG", false});
    word("deutsche marks", {"DEM", false});
    // Symbols written after the amount.
    exact("₡", {"CRC", false});
    exact("₾", {"GEL", false});
    exact("₭", {"LAK", false});
    exact("ரூ", {"LKR", false});
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
    exact("rmb", {"CNY", false});
    exact("Rs", {"INR", false});  // "20Rs", as "Rs 20" before the amount
    word("rupees", {"INR", false});
    word("rupee", {"INR", false});
    word("baht", {"THB", false});
    word("ringgit", {"MYR", false});
    for (const char* code : iso_codes) exact(code, {code, false});
  }
};

}  // namespace crosscheck::figures
