#include "http/error_response.h"

#include <soci/error.h>
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/error_reason.h"
#include "store/database_error.h"

namespace banso::http {
namespace {

int StatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid: return 400;
    case ErrorCode::kUnauthorized: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kUnprocessable: return 422;
    case ErrorCode::kRateLimited: return 429;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

void Write(httplib::Response& res, int status, std::string_view code, const std::string& message,
           const std::string& field, const nlohmann::json& extra = nlohmann::json()) {
  nlohmann::json body = extra.is_object() ? extra : nlohmann::json::object();
  nlohmann::json error = ReasonJson(message, code);
  error.update({{"code", code},
                {"message", message},
                {"field", field.empty() ? nlohmann::json() : nlohmann::json(field)}});
  body["error"] = std::move(error);
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

}  // namespace

void WriteError(httplib::Response& res, std::exception_ptr error, const nlohmann::json& extra) {
  try {
    std::rethrow_exception(error);
  } catch (const RateLimited& e) {
    res.set_header("Retry-After", std::to_string(e.retry_after_seconds));
    Write(res, 429, ErrorCodeName(e.code()), e.what(), e.field());
  } catch (const Error& e) {
    Write(res, StatusFor(e.code()), ErrorCodeName(e.code()), e.what(), e.field(), extra);
  } catch (const soci::soci_error& e) {
    // A failed read outside a transaction, mapped as Transact maps failed writes.
    try {
      store::ThrowDatabaseError(e);
    } catch (...) {
      WriteError(res, std::current_exception(), extra);
    }
  } catch (const std::exception& e) {
    // Details of unexpected failures go to the log, not to the client.
    spdlog::error(nlohmann::json({{"msg", "request failed"}, {"error", e.what()}})
                      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    Write(res, 500, "internal", "internal error; see the server log", "");
  }
}

}  // namespace banso::http
