#pragma once
// Word pools for demo names: Japanese companies (with their kana readings) and people, and
// English companies and people. Deterministic given the Random source.
#include <string>

#include "demo/random.h"

namespace banso::demo {

struct CompanyName {
  std::string name;
  std::string kana;  // empty for non-Japanese names
  std::string domain_stem;
};

CompanyName JapaneseCompany(Random& rng);
CompanyName EnglishCompany(Random& rng);
std::string JapanesePerson(Random& rng);
std::string EnglishPerson(Random& rng);
// The email local part of a person made by JapanesePerson or EnglishPerson: "watanabe.828" for
// 渡辺 …, "emma.clarke" for Emma Clarke (so that names and addresses agree).
std::string EmailLocalPart(Random& rng, const std::string& person);

}  // namespace banso::demo
