#include "http/first_answers.h"

#include <nlohmann/json.hpp>

#include <regex>

namespace banso::http {

std::vector<FirstAnswer> FirstAnswersFor(std::string_view app_path) {
  std::vector<FirstAnswer> answers = {
      {"/api/v1/auth/me", {}, "/api/v1/auth/me"},
      {"/api/v1/journey/stages", {}, "/api/v1/journey/stages"},
      {"/api/v1/settings/revenue", {}, "/api/v1/settings/revenue"},
  };
  static const std::regex account(R"(accounts/([0-9]{1,18})/?)");
  std::match_results<std::string_view::const_iterator> match;
  if (std::regex_match(app_path.begin(), app_path.end(), match, account))
    answers.push_back(
        {"/api/v1/accounts/{id}", {match[1].str()}, "/api/v1/accounts/" + match[1].str()});
  return answers;
}

std::string FirstAnswersElement(const nlohmann::json& answers_by_path) {
  std::string json = answers_by_path.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string escaped;
  escaped.reserve(json.size());
  // '<' appears only inside JSON strings, where \u003c means the same character.
  for (char c : json) {
    if (c == '<')
      escaped += "\\u003c";
    else
      escaped += c;
  }
  return R"(<script type="application/json" id="banso-first-answers">)" + escaped + "</script>";
}

}  // namespace banso::http
