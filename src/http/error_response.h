#pragma once
// The one place where errors become HTTP: status code and {"error":{code,message,field}}.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <exception>

namespace banso::http {

// `extra`, an object, adds members beside "error" (a rejected import's report).
void WriteError(httplib::Response& res, std::exception_ptr error,
                const nlohmann::json& extra = nlohmann::json());

}  // namespace banso::http
