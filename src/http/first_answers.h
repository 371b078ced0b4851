#pragma once
// The API answers a console page starts with, put into the page itself (index.html) when a
// signed-in browser asks for it, so that its first render waits for no round trip: the four
// requests of an account page took ~30 ms of a warm load's ~125 (docs/performance.md, page
// load). The console takes them from the page (web/src/prefetch.ts) and asks the API for any
// answer that is not there. Each answer is made by the API route's own handler, with the
// request's credentials and the route's checks, exactly as if the browser had asked for it.
#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace banso::http {

// One API GET: the route's path as registered ("/api/v1/accounts/{id}"), its parameters, and
// the path the console asks for ("/api/v1/accounts/12").
struct FirstAnswer {
  std::string route;
  std::vector<std::string> params;
  std::string path;
};

// What the console's page at `app_path` (the address under /app/: "accounts/12") starts with:
// the session, the journey stages and revenue settings every page names, and on an account's
// page the account.
std::vector<FirstAnswer> FirstAnswersFor(std::string_view app_path);

// The answers (JSON by API path) as an element for the page's <head>: a data block, not a
// script (the Content-Security-Policy runs none inline), with every '<' escaped so that no text
// in an answer can end the element.
std::string FirstAnswersElement(const nlohmann::json& answers_by_path);

}  // namespace banso::http
