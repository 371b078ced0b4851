#pragma once
// Password hashing (argon2id) and random tokens (libsodium). Tokens are stored only as their
// BLAKE2b hash, so a leaked database does not leak usable sessions or API tokens.
#include <string>
#include <string_view>

namespace banso::auth {

std::string HashPassword(std::string_view password);  // argon2id, PHC string encoding
bool VerifyPassword(std::string_view password, const std::string& encoded_hash);

std::string RandomToken(size_t bytes = 32);     // URL-safe base64, no padding
std::string TokenHash(std::string_view token);  // hex BLAKE2b-256

}  // namespace banso::auth
