#include "auth/password_policy.h"

#include <pwquality.h>

#include <memory>

#include "auth/secrets.h"
#include "core/error.h"
#include "core/text.h"

namespace banso::auth {

void CheckPassword(const std::string& password, const std::string& email) {
  if (!IsValidUtf8(password)) throw Invalid("password", "is not valid UTF-8");
  size_t length = CodePointCount(password);
  if (length < kMinPasswordLength)
    throw Invalid("password",
                  "must be at least " + std::to_string(kMinPasswordLength) + " characters");
  if (length > 256) throw Invalid("password", "must be at most 256 characters");
  if (TrimAscii(password).empty()) throw Invalid("password", "must not be only spaces");

  std::unique_ptr<pwquality_settings_t, decltype(&pwquality_free_settings)> settings(
      pwquality_default_settings(), &pwquality_free_settings);
  if (!settings) throw Unavailable("cannot check passwords: libpwquality failed to start");
  // libpwquality counts bytes, never fewer than characters, so its length rule adds nothing to
  // ours; it also scores a password against this length.
  pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, kMinPasswordLength);
  void* aux = nullptr;
  int score = pwquality_check(settings.get(), password.c_str(), nullptr, email.c_str(), &aux);
  if (score < 0) {
    char buffer[PWQ_MAX_ERROR_MESSAGE_LEN];
    throw Invalid("password", std::string("is too weak: ") +
                                  pwquality_strerror(buffer, sizeof buffer, score, aux));
  }
  if (score < kMinPasswordScore) throw Invalid("password", "is too weak: it is too easy to guess");
}

std::string RandomPassword(const std::string& email) {
  for (int attempt = 0;; ++attempt) {
    std::string password = RandomToken(18);
    try {
      CheckPassword(password, email);
      return password;
    } catch (const Invalid&) {
      if (attempt == 100) throw;
    }
  }
}

}  // namespace banso::auth
