// Vietnamese: cardinals from CLDR's spell-out rules ("hai mươi lăm", "một trăm lẻ năm"), with the
// spoken variants ("linh", "ngàn", "tỉ"), ordinals "thứ ...", and the classifiers and nouns that
// name what is counted ("3.500 chiếc", "ba giai đoạn").
#include "figures/languages/builders.h"
#include "figures/unit_words.h"

#include <string>
#include <utility>

namespace crosscheck::figures {

LanguageTables build_vietnamese() {
  LanguageTables t;
  t.bare_number_words = false;
  add_spelled_numbers(t, "vi");
  t.number_words.word("linh", {NumberToken::joiner, 0});  // "một trăm linh bảy": 107
  t.number_words.word("lẻ", {NumberToken::joiner, 0});
  t.number_words.word("mươi", {NumberToken::times_ten, 0});
  t.number_words.word("ngàn", {NumberToken::thousand, 1000});
  // After "mươi" a one is "mốt", a four "tư", a five "lăm": "hai mươi tư" is 24.
  for (auto [word, value] : {std::pair{"mốt", 1}, {"tư", 4}, {"lăm", 5}})
    t.number_words.word(word, {NumberToken::number, value});
  // Ordinals: "thứ" before the cardinal ("thứ tư", "thứ ba"), "nhất" and "nhì" for 1 and 2.
  static constexpr const char* units[] = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
  for (int n = 1; n <= 10; ++n) {
    for (const char* thu : {"thứ ", "Thứ "}) t.ordinal_words.exact(std::string(thu) + units[n - 1], n);
  }
  t.ordinal_words.exact("thứ nhì", 2);
  t.ordinal_words.exact("đầu tiên", 1);
  t.ordinal_words.exact("Đầu tiên", 1);
  t.starts_figure("thứ");
  t.starts_figure("đầu");
  t.starts_figure("Đầu");
  for (auto [word, power] : {std::pair{"nghìn", 3}, {"ngàn", 3}, {"triệu", 6}, {"tỷ", 9}, {"tỉ", 9}})
    t.scale_words.exact(word, power);
  for (auto [word, unit] : {std::pair{"năm", "year"}, {"thập kỷ", "decade"}, {"tháng", "month"},
                            {"tuần", "week"}, {"ngày", "day"}, {"giờ", "hour"}})
    t.duration_units.exact(word, unit);
  t.percent_words.word("phần trăm", 0);
  t.point_words.word("điểm phần trăm", 0);
  // "thành phần 1" (component 1), "Điều 6" (article 6), "khoản 2" (clause 2); not "số", which is
  // "No." but also "figure" ("con số 330.000").
  for (const char* w : {"phần", "Phần", "điều", "Điều", "khoản", "Khoản", "chương", "Chương",
                        "mục", "Mục", "trang", "Trang"})
    t.label_words.insert(w);
  add_currency_names(t, "vi");
  for (auto [word, code] : {std::pair{"yên", "JPY"}, {"đồng", "VND"}, {"đô la", "USD"},
                            {"đô la Mỹ", "USD"}, {"USD", "USD"}, {"euro", "EUR"}, {"bảng Anh", "GBP"},
                            {"nhân dân tệ", "CNY"}, {"won", "KRW"}})
    t.currency_words.word(word, {code, false, 0});
  for (const char* w : {"khoảng", "chừng", "xấp xỉ", "ước tính", "ước"}) t.qualifier_words.word(w, Qualifier::about);
  for (const char* w : {"gần", "gần như", "suýt"}) t.qualifier_words.word(w, Qualifier::nearly);
  // A verb whose object is the figure counts as the word it stands for (SPEC §2); its object may
  // be named "the figure", "the mark", "the threshold" first: "vượt qua con số 330.000 tỷ đồng".
  auto with_objects = [&t](std::initializer_list<const char*> words, Qualifier q) {
    for (const char* w : words) {
      t.qualifier_words.word(w, q);
      for (const char* object : {"con số", "mốc", "ngưỡng", "mức"})
        t.qualifier_words.word(std::string(w) + " " + object, q);
    }
  };
  with_objects({"hơn", "trên", "vượt", "vượt quá", "vượt qua"}, Qualifier::more_than);
  for (const char* w : {"ít nhất", "tối thiểu"}) t.qualifier_words.word(w, Qualifier::at_least);
  with_objects({"tối đa", "lên tới", "lên đến"}, Qualifier::up_to);
  t.qualifier_words.word("đến", Qualifier::up_to);
  for (const char* w : {"dưới", "chưa đến", "chưa tới", "ít hơn"}) t.qualifier_words.word(w, Qualifier::less_than);
  // Classifiers, then nouns that follow a number directly.
  for (auto [word, lemma] :
       {std::pair{"chiếc", "item"}, {"con", "animal"}, {"cái", "item"}, {"người", "person"},
        {"giai đoạn", "phase"}, {"chuyến bay", "flight"}, {"chuyến", "trip"}, {"sân bay", "airport"},
        {"đường băng", "runway"}, {"đường cất hạ cánh", "runway"}, {"đường cất, hạ cánh", "runway"}, {"dự án", "project"}, {"tỉnh", "province"}, {"thành phố", "city"},
        {"quốc gia", "country"}, {"nước", "country"}, {"tàu", "vessel"}, {"máy bay", "aircraft"},
        {"hành khách", "passenger"}, {"hộ", "household"}, {"căn hộ", "apartment"}, {"doanh nghiệp", "company"},
        {"nhà ga", "terminal"}, {"công trình", "project"}, {"gói thầu", "contract"}, {"lao động", "worker"},
        {"người chết", "death"}, {"người thiệt mạng", "death"}, {"người tử vong", "death"},
        {"người bị thương", "injured"}, {"người mất tích", "missing"}, {"tòa nhà", "building"},
        {"ngôi nhà", "house"}, {"căn nhà", "house"}, {"trẻ em", "child"}, {"nạn nhân", "victim"},
        {"đại biểu", "lawmaker"}, {"phiếu", "vote"}, {"binh sĩ", "soldier"}, {"gia đình", "family"}})
    t.count_nouns.word(word, lemma);
  // Units of measure from CLDR ("ki-lô-mét", "tấn", "héc-ta"); "7,8 độ Richter", "độ lớn 7,8".
  add_unit_names(t, "vi");
  for (const char* w : {"độ Richter", "độ richter"}) add_unit_word(t.unit_words, w, "magnitude", false);
  t.magnitude_words.word("độ lớn", 0);
  t.starts_figure("độ lớn");
  t.equivalent_words = {"tương đương với", "tương đương", "tức", "hay"};
  return t;
}

}  // namespace crosscheck::figures
