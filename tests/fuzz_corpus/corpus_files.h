#pragma once
// The files of one fuzz corpus (fuzz/corpus/NAME), sorted, and their bytes.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace banso::fuzz {

inline std::string CorpusDir(const std::string& corpus) {
  return std::string(BANSO_FUZZ_CORPORA) + "/" + corpus;
}

inline std::vector<std::string> CorpusFiles(const std::string& corpus) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(CorpusDir(corpus), ec))
    if (entry.is_regular_file()) files.push_back(entry.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

inline std::string ReadCorpusFile(const std::string& corpus, const std::string& name) {
  std::ifstream in(CorpusDir(corpus) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A test name from a corpus file's index and name.
inline std::string CorpusTestName(const testing::TestParamInfo<std::string>& info) {
  std::string name = std::to_string(info.index) + "_" + info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

}  // namespace banso::fuzz
