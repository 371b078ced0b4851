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
// Romanised, for email addresses.
std::string EmailLocalPart(Random& rng);

}  // namespace banso::demo
