#include "cli/config_file.h"

#include <toml++/toml.h>

#include <cstdlib>
#include <cstring>

#include "core/error.h"

namespace banso::cli {

ConfigFile ConfigFile::FromArgs(int argc, char** argv) {
  std::string path;
  if (const char* env = std::getenv("BANSO_CONFIG")) path = env;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--config") == 0 && i + 1 < argc)
      path = argv[i + 1];
    else if (std::strncmp(argv[i], "--config=", 9) == 0)
      path = argv[i] + 9;
  }
  ConfigFile cfg;
  if (path.empty()) return cfg;
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw Invalid("config", "cannot read " + path + ": " + std::string(e.description()));
  }
  for (const auto& [section, node] : table) {
    const toml::table* t = node.as_table();
    if (!t) continue;
    for (const auto& [key, value] : *t) {
      std::string name = std::string(section.str()) + "." + std::string(key.str());
      if (auto s = value.value<std::string>())
        cfg.values_[name] = *s;
      else if (auto i = value.value<int64_t>())
        cfg.values_[name] = std::to_string(*i);
      else if (auto b = value.value<bool>())
        cfg.values_[name] = *b ? "true" : "false";
    }
  }
  return cfg;
}

std::optional<std::string> ConfigFile::Get(const std::string& key) const {
  auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

}  // namespace banso::cli
