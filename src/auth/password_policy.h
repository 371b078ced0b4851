#pragma once
// What a staff password must be: 12 to 256 characters (counted as characters, not bytes), and
// not weak by libpwquality's checks (cracklib's dictionary, repeated or sequential characters,
// a palindrome, the user's email in some form) with a strength score of at least
// kMinPasswordScore. Throws Invalid("password", reason) otherwise.
#include <string>

namespace banso::auth {

inline constexpr int kMinPasswordLength = 12;
inline constexpr int kMinPasswordScore = 30;  // libpwquality's 0-100: "password1234" scores 22

void CheckPassword(const std::string& password, const std::string& email);

// A random password that CheckPassword accepts for this email. Random text now and then
// trips cracklib's checks, so it draws again until one passes.
std::string RandomPassword(const std::string& email);

}  // namespace banso::auth
