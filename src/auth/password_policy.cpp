#include "auth/password_policy.h"

#include <pwquality.h>

#include <cstring>
#include <memory>

#include "auth/secrets.h"
#include "core/error.h"
#include "core/text.h"

namespace banso::auth {
namespace {

// Why libpwquality refused a password, in words of our own: its messages are English only, and
// each of these has a reason code that the console words in the user's language. aux: the
// check's detail (for cracklib's verdict, cracklib's own static message).
std::string WeaknessOf(int pwquality_error, const void* aux) {
  switch (pwquality_error) {
    case PWQ_ERROR_CRACKLIB_CHECK:
      if (aux && std::strstr(static_cast<const char*>(aux), "dictionary word"))
        return "it is based on a dictionary word";
      return "it is too easy to guess";
    case PWQ_ERROR_BAD_WORDS: return "it is based on a dictionary word";
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK: return "it contains the email address or the name";
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
    case PWQ_ERROR_MAX_SEQUENCE:
    case PWQ_ERROR_PALINDROME: return "it repeats characters or a sequence";
    default: return "it is too easy to guess";
  }
}

}  // namespace

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
  if (score < 0) throw Invalid("password", "is too weak: " + WeaknessOf(score, aux));
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
