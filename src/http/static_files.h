#pragma once
// The web console's built files (web/dist), held in memory and served at /app.
//
// Vite names every file under assets/ by a hash of its content, so those are cached by the
// browser for a year and never revalidated; index.html and the other top-level files are
// revalidated on every load, so that a new build is picked up at once. The web build writes a
// Brotli (.br) and a gzip (.gz) copy beside each text file (web/scripts/compress.mjs): the
// server sends the copy the browser accepts as it is. httplib would otherwise compress the
// file again on every request (about 0.75 s for the 540 KB bundle at Brotli's top quality).
//
// Thread safety: const after construction; Serve may be called from any thread.
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_map>

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace banso::http {

class StaticFiles {
 public:
  // Reads every file under root; no files when root does not exist.
  explicit StaticFiles(const std::filesystem::path& root);

  // Answers GET /app/<path>: the file, index.html for the app's own routes (deep links), or
  // 404 for a missing asset (an old page asking for a bundle a new build replaced). When it
  // answers with index.html, `head` gives what to add at the end of the page's <head> (the
  // first answers, http/first_answers.h): a page with something added is this browser's own,
  // sent as it is and never stored.
  void Serve(const httplib::Request& req, httplib::Response& res,
             const std::function<std::string()>& head = {}) const;

  size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string identity, brotli, gzip;  // the compressed copies may be empty
    bool immutable = false;              // under assets/: named by its hash
  };
  void Send(const httplib::Request& req, httplib::Response& res, const File& file) const;

  std::unordered_map<std::string, File> files_;  // by path under root: "assets/index-B4x.js"
};

}  // namespace banso::http
