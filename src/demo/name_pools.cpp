#include "demo/name_pools.h"

#include <array>
#include <utility>

namespace banso::demo {
namespace {

struct Word {
  const char* text;
  const char* kana;
  const char* roman;
};

constexpr std::array<Word, 40> kStems{{
    {"あおぞら", "アオゾラ", "aozora"},
    {"さくら", "サクラ", "sakura"},
    {"東京", "トウキョウ", "tokyo"},
    {"富士", "フジ", "fuji"},
    {"大和", "ヤマト", "yamato"},
    {"北斗", "ホクト", "hokuto"},
    {"みらい", "ミライ", "mirai"},
    {"ひかり", "ヒカリ", "hikari"},
    {"青葉", "アオバ", "aoba"},
    {"瀬戸", "セト", "seto"},
    {"日進", "ニッシン", "nisshin"},
    {"明星", "ミョウジョウ", "myojo"},
    {"若葉", "ワカバ", "wakaba"},
    {"近江", "オウミ", "omi"},
    {"信濃", "シナノ", "shinano"},
    {"つばさ", "ツバサ", "tsubasa"},
    {"旭", "アサヒ", "asahi"},
    {"千代田", "チヨダ", "chiyoda"},
    {"浪速", "ナニワ", "naniwa"},
    {"博多", "ハカタ", "hakata"},
    {"白鷺", "シラサギ", "shirasagi"},
    {"かもめ", "カモメ", "kamome"},
    {"銀河", "ギンガ", "ginga"},
    {"丸の内", "マルノウチ", "marunouchi"},
    {"湘南", "ショウナン", "shonan"},
    {"みなと", "ミナト", "minato"},
    {"山吹", "ヤマブキ", "yamabuki"},
    {"東邦", "トウホウ", "toho"},
    {"葵", "アオイ", "aoi"},
    {"常盤", "トキワ", "tokiwa"},
    {"協和", "キョウワ", "kyowa"},
    {"中央", "チュウオウ", "chuo"},
    {"桜井", "サクライ", "sakurai"},
    {"ことぶき", "コトブキ", "kotobuki"},
    {"飛鳥", "アスカ", "asuka"},
    {"北陸", "ホクリク", "hokuriku"},
    {"双葉", "フタバ", "futaba"},
    {"ゆめ", "ユメ", "yume"},
    {"たちばな", "タチバナ", "tachibana"},
    {"伴走", "バンソウ", "banso"},
}};

constexpr std::array<Word, 20> kBusinesses{{
    {"システム", "システム", "system"},
    {"物流", "ブツリュウ", "logi"},
    {"製作所", "セイサクショ", "mfg"},
    {"商事", "ショウジ", "shoji"},
    {"教育", "キョウイク", "edu"},
    {"食品", "ショクヒン", "foods"},
    {"電機", "デンキ", "denki"},
    {"不動産", "フドウサン", "estate"},
    {"ソリューションズ", "ソリューションズ", "solutions"},
    {"ホールディングス", "ホールディングス", "hd"},
    {"建設", "ケンセツ", "kensetsu"},
    {"薬品", "ヤクヒン", "pharma"},
    {"工業", "コウギョウ", "kogyo"},
    {"運輸", "ウンユ", "unyu"},
    {"ネットワークス", "ネットワークス", "networks"},
    {"メディカル", "メディカル", "medical"},
    {"リテール", "リテール", "retail"},
    {"エンジニアリング", "エンジニアリング", "eng"},
    {"フィナンシャル", "フィナンシャル", "financial"},
    {"デザイン", "デザイン", "design"},
}};

constexpr std::array<const char*, 24> kEnglishStems{
    "Northwind",  "Blue Harbor", "Summit",    "Vertex",    "Brightline", "Cedar",
    "Granite",    "Lumen",       "Meridian",  "Oakridge",  "Pioneer",    "Quantum",
    "Redwood",    "Silverline",  "Tidewater", "Evergreen", "Ironclad",   "Keystone",
    "Harborview", "Sterling",    "Bluebird",  "Crescent",  "Falcon",     "Maple"};
constexpr std::array<const char*, 16> kEnglishBusinesses{
    "Labs",      "Systems",  "Logistics",     "Foods",   "Health", "Analytics",
    "Retail",    "Energy",   "Robotics",      "Capital", "Media",  "Software",
    "Education", "Partners", "Manufacturing", "Travel"};
constexpr std::array<const char*, 5> kEnglishForms{"Inc.", "Ltd.", "Corp.", "GmbH", "Pte. Ltd."};

constexpr std::array<std::pair<const char*, const char*>, 20> kFamilyNames{{
    {"佐藤", "sato"},      {"鈴木", "suzuki"},    {"高橋", "takahashi"}, {"田中", "tanaka"},
    {"伊藤", "ito"},       {"渡辺", "watanabe"},  {"山本", "yamamoto"},  {"中村", "nakamura"},
    {"小林", "kobayashi"}, {"加藤", "kato"},      {"吉田", "yoshida"},   {"山田", "yamada"},
    {"佐々木", "sasaki"},  {"山口", "yamaguchi"}, {"松本", "matsumoto"}, {"井上", "inoue"},
    {"木村", "kimura"},    {"林", "hayashi"},     {"清水", "shimizu"},   {"森", "mori"},
}};
constexpr std::array<const char*, 20> kGivenNames{
    "花子", "太郎", "健太", "美咲", "翔", "陽菜", "大輔", "結衣",   "直樹", "さくら",
    "拓也", "愛",   "誠",   "由美", "隆", "恵",   "亮",   "真由美", "一郎", "彩"};
constexpr std::array<const char*, 16> kEnglishGiven{
    "Emma", "Liam",  "Olivia", "Noah",  "Ava",   "James",  "Sophia", "Lucas",
    "Mia",  "Ethan", "Grace",  "Henry", "Chloe", "Daniel", "Zoe",    "Samuel"};
constexpr std::array<const char*, 16> kEnglishFamily{
    "Clarke", "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker",
    "Wright", "Hall",  "Green",   "Baker", "Turner", "Hughes", "Patel", "Lee"};

template <class T, size_t N>
const T& PickFrom(Random& rng, const std::array<T, N>& items) {
  return items[rng.Between(0, N - 1)];
}

}  // namespace

CompanyName JapaneseCompany(Random& rng) {
  const Word& stem = PickFrom(rng, kStems);
  const Word& business = PickFrom(rng, kBusinesses);
  bool prefix = rng.Chance(0.6);  // 前株 or 後株, as registered names vary
  std::string core = std::string(stem.text) + business.text;
  std::string kana = std::string(stem.kana) + business.kana;
  return {prefix ? "株式会社" + core : core + "株式会社", kana,
          std::string(stem.roman) + "-" + business.roman};
}

CompanyName EnglishCompany(Random& rng) {
  std::string stem = PickFrom(rng, kEnglishStems), business = PickFrom(rng, kEnglishBusinesses);
  std::string domain;
  for (char c : stem + business)
    if (c != ' ') domain.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return {stem + " " + business + " " + PickFrom(rng, kEnglishForms), "", domain};
}

std::string JapanesePerson(Random& rng) {
  return std::string(PickFrom(rng, kFamilyNames).first) + " " + PickFrom(rng, kGivenNames);
}

std::string EnglishPerson(Random& rng) {
  return std::string(PickFrom(rng, kEnglishGiven)) + " " + PickFrom(rng, kEnglishFamily);
}

std::string EmailLocalPart(Random& rng, const std::string& person) {
  std::string first = person.substr(0, person.find(' '));
  for (const auto& [kanji, roman] : kFamilyNames)
    if (first == kanji) return std::string(roman) + "." + std::to_string(rng.Between(1, 999));
  std::string local;
  for (char c : person)
    local.push_back(c == ' ' ? '.'
                             : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return local;
}

}  // namespace banso::demo
