#pragma once
// The one place where errors become HTTP: status code and {"error":{code,message,field}}.
#include <httplib.h>

#include <exception>

namespace banso::http {

void WriteError(httplib::Response& res, std::exception_ptr error);

}  // namespace banso::http
