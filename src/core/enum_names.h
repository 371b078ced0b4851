#pragma once
// One table per enum maps values to their wire names (snake_case, as in the API and the DB):
//   template <> inline constexpr auto kEnumNames<Sentiment> = std::to_array<EnumName<Sentiment>>(
//       {{Sentiment::kPositive, "positive"}, ...});
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace banso {

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

template <class E>
inline constexpr std::array<EnumName<E>, 0> kEnumNames{};

template <class E>
std::string_view EnumToString(E value) {
  for (const auto& n : kEnumNames<E>)
    if (n.value == value) return n.name;
  return {};
}

template <class E>
std::optional<E> EnumFromString(std::string_view name) {
  for (const auto& n : kEnumNames<E>)
    if (n.name == name) return n.value;
  return std::nullopt;
}

// "a, b or c": for error messages that list the allowed values.
template <class E>
std::string EnumChoices() {
  std::string out;
  for (size_t i = 0; i < kEnumNames<E>.size(); ++i) {
    if (i) out += i + 1 == kEnumNames<E>.size() ? " or " : ", ";
    out += kEnumNames<E>[i].name;
  }
  return out;
}

}  // namespace banso
