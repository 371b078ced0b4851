#pragma once
// The typed error set of Banso. Modules throw these; src/http maps them to an HTTP status and a
// JSON body {"error":{"code","message","field"}} in exactly one place (http/error_response.cpp),
// and the CLI prints them and exits non-zero.
#include <stdexcept>
#include <string>
#include <string_view>

namespace banso {

enum class ErrorCode {
  kInvalid,        // 400: the request or a field is malformed or out of range
  kNotFound,       // 404
  kConflict,       // 409: duplicate key or stale version
  kUnauthorized,   // 401: no or bad credentials
  kForbidden,      // 403: authenticated, but the role may not do this
  kTooLarge,       // 413
  kUnprocessable,  // 422: well-formed, but the content cannot be applied (e.g. rejected CSV rows)
  kRateLimited,    // 429
  kUnavailable,    // 503
  kInternal,       // 500
};

std::string_view ErrorCodeName(ErrorCode code);

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message, std::string field = {})
      : std::runtime_error(std::move(message)), code_(code), field_(std::move(field)) {}
  ErrorCode code() const { return code_; }
  // The request field the error is about ("" when it is about the whole request).
  const std::string& field() const { return field_; }

 private:
  ErrorCode code_;
  std::string field_;
};

struct Invalid : Error {
  Invalid(std::string field, std::string message)
      : Error(ErrorCode::kInvalid, std::move(message), std::move(field)) {}
};
struct NotFound : Error {
  explicit NotFound(std::string message) : Error(ErrorCode::kNotFound, std::move(message)) {}
};
struct Conflict : Error {
  Conflict(std::string field, std::string message)
      : Error(ErrorCode::kConflict, std::move(message), std::move(field)) {}
};
struct Unauthorized : Error {
  explicit Unauthorized(std::string message)
      : Error(ErrorCode::kUnauthorized, std::move(message)) {}
};
struct Forbidden : Error {
  explicit Forbidden(std::string message) : Error(ErrorCode::kForbidden, std::move(message)) {}
};
struct RateLimited : Error {
  RateLimited(std::string message, int retry_after_seconds)
      : Error(ErrorCode::kRateLimited, std::move(message)),
        retry_after_seconds(retry_after_seconds) {}
  int retry_after_seconds;
};
struct Unavailable : Error {
  explicit Unavailable(std::string message) : Error(ErrorCode::kUnavailable, std::move(message)) {}
};

}  // namespace banso
