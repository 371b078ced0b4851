#include "http/static_files.h"

#include <httplib.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace banso::http {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

std::string ContentType(const std::string& extension) {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".json", "application/json"},
      {".png", "image/png"},
      {".woff2", "font/woff2"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
  };
  auto it = kTypes.find(extension);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

// Whether Accept-Encoding names the coding without refusing it (";q=0").
bool Accepts(const std::string& accept_encoding, std::string_view coding) {
  std::istringstream items(accept_encoding);
  for (std::string item; std::getline(items, item, ',');) {
    size_t semicolon = item.find(';');
    std::string name = item.substr(0, semicolon);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    if (name != coding) continue;
    if (semicolon == std::string::npos) return true;
    std::string params = item.substr(semicolon + 1);
    size_t q = params.find("q=");
    return q == std::string::npos || std::strtod(params.c_str() + q + 2, nullptr) > 0;
  }
  return false;
}

}  // namespace

StaticFiles::StaticFiles(const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(root)) return;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string path = fs::relative(entry.path(), root).generic_string();
    std::string extension = entry.path().extension().string();
    if (extension == ".br" || extension == ".gz") continue;  // read with the file they copy
    File& file = files_[path];
    file.content_type = ContentType(extension);
    file.identity = ReadFile(entry.path());
    file.immutable = path.rfind("assets/", 0) == 0;
    for (auto [suffix, copy] : {std::pair{".br", &file.brotli}, std::pair{".gz", &file.gzip}}) {
      fs::path compressed = entry.path().string() + suffix;
      if (fs::is_regular_file(compressed)) *copy = ReadFile(compressed);
    }
  }
}

void StaticFiles::Serve(const httplib::Request& req, httplib::Response& res,
                        const std::function<std::string()>& head) const {
  std::string path = req.path.size() > 5 ? req.path.substr(5) : "";  // after "/app/"
  if (auto it = files_.find(path); it != files_.end()) return Send(req, res, it->second);
  auto index = files_.find("index.html");
  if (path.rfind("assets/", 0) == 0 || index == files_.end()) {
    res.status = 404;
    res.set_header("Cache-Control", "no-store");
    res.set_content(index == files_.end()
                        ? "The web console is not built: run `make run` (or `make web`)."
                        : "No such file in the web console's build.",
                    "text/plain; charset=utf-8");
    return;
  }
  std::string added = head ? head() : "";
  size_t end_of_head = index->second.identity.find("</head>");
  if (added.empty() || end_of_head == std::string::npos) return Send(req, res, index->second);
  auto page = std::make_shared<std::string>(index->second.identity);
  page->insert(end_of_head, added);
  res.set_header("Cache-Control", "no-store");
  res.set_header("Vary", "Cookie");
  // A few kB: compressing it (httplib would, for a body set with set_content) costs more than
  // sending it on a loopback or a LAN.
  res.set_content_provider(page->size(), index->second.content_type.c_str(),
                           [page](size_t offset, size_t length, httplib::DataSink& sink) {
                             return sink.write(page->data() + offset, length);
                           });
}

void StaticFiles::Send(const httplib::Request& req, httplib::Response& res,
                       const File& file) const {
  std::string accept = req.get_header_value("Accept-Encoding");
  const std::string* body = &file.identity;
  if (!file.brotli.empty() && Accepts(accept, "br")) {
    body = &file.brotli;
    res.set_header("Content-Encoding", "br");
  } else if (!file.gzip.empty() && Accepts(accept, "gzip")) {
    body = &file.gzip;
    res.set_header("Content-Encoding", "gzip");
  }
  if (!file.brotli.empty() || !file.gzip.empty()) res.set_header("Vary", "Accept-Encoding");
  res.set_header("Cache-Control",
                 file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  // A content provider of known length: httplib sends it as it is, where a body set with
  // set_content would be compressed again.
  res.set_content_provider(body->size(), file.content_type.c_str(),
                           [body](size_t offset, size_t length, httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
}

}  // namespace banso::http
