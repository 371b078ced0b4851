#pragma once
// The optional TOML configuration file. Precedence: flags > BANSO_* environment > this file >
// built-in defaults; the file only supplies defaults for the flags.
//
//   [database]
//   url = "postgresql://banso@localhost/banso"
//   [server]
//   host = "0.0.0.0"
//   port = 8080
#include <map>
#include <optional>
#include <string>

namespace banso::cli {

class ConfigFile {
 public:
  // Loads the file named by --config (or BANSO_CONFIG) if any; throws Invalid on a bad file.
  static ConfigFile FromArgs(int argc, char** argv);
  // "section.key" -> the value as text, if the file sets it.
  std::optional<std::string> Get(const std::string& key) const;

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace banso::cli
