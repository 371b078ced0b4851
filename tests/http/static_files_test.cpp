// The console's files: compressed copies sent as the browser accepts them, hashed assets cached
// for good, the page itself revalidated, deep links answered with the page, missing assets 404.
#include "http/static_files.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>

namespace banso::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("banso-static-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(root_ / "assets");
    Write("index.html", "<html>page</html>");
    Write("assets/index-abc.js", "console.log('plain')");
    Write("assets/index-abc.js.br", "BROTLI-BYTES");
    Write("assets/index-abc.js.gz", "GZIP-BYTES");
    Write("assets/logo-def.png", "PNG");
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& path, const std::string& content) {
    std::ofstream(root_ / path, std::ios::binary) << content;
  }

  struct Answer {
    int status;
    httplib::Headers headers;
    std::string body;
    std::string header(const char* name) const {
      auto it = headers.find(name);
      return it == headers.end() ? "" : it->second;
    }
  };
  Answer Get(const StaticFiles& files, const std::string& path,
             const std::string& accept_encoding = "") {
    httplib::Request req;
    req.method = "GET";
    req.path = path;
    if (!accept_encoding.empty()) req.set_header("Accept-Encoding", accept_encoding);
    httplib::Response res;
    res.status = 200;
    files.Serve(req, res);
    std::string body = res.body;
    if (res.content_provider_) {
      httplib::DataSink sink;
      sink.write = [&](const char* data, size_t n) {
        body.append(data, n);
        return true;
      };
      res.content_provider_(0, res.content_length_, sink);
    }
    return {res.status, res.headers, body};
  }

  fs::path root_;
};

TEST_F(StaticFilesTest, SendsTheCompressedCopyTheBrowserAccepts) {
  StaticFiles files(root_);
  EXPECT_EQ(files.size(), 3u) << "the .br and .gz copies are not files of their own";

  Answer br = Get(files, "/app/assets/index-abc.js", "gzip, deflate, br");
  EXPECT_EQ(br.body, "BROTLI-BYTES");
  EXPECT_EQ(br.header("Content-Encoding"), "br");
  EXPECT_EQ(br.header("Vary"), "Accept-Encoding");
  EXPECT_EQ(br.header("Content-Type"), "text/javascript; charset=utf-8");

  Answer gzip = Get(files, "/app/assets/index-abc.js", "gzip, br;q=0");
  EXPECT_EQ(gzip.body, "GZIP-BYTES");
  EXPECT_EQ(gzip.header("Content-Encoding"), "gzip");

  Answer plain = Get(files, "/app/assets/index-abc.js");
  EXPECT_EQ(plain.body, "console.log('plain')");
  EXPECT_EQ(plain.header("Content-Encoding"), "");

  Answer png = Get(files, "/app/assets/logo-def.png", "br");
  EXPECT_EQ(png.body, "PNG") << "no copy: the file as it is";
  EXPECT_EQ(png.header("Content-Encoding"), "");
  EXPECT_EQ(png.header("Vary"), "");
}

TEST_F(StaticFilesTest, HashedAssetsAreCachedForGoodAndThePageIsRevalidated) {
  StaticFiles files(root_);
  EXPECT_EQ(Get(files, "/app/assets/index-abc.js").header("Cache-Control"),
            "public, max-age=31536000, immutable");
  EXPECT_EQ(Get(files, "/app/index.html").header("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, DeepLinksGetThePageAndMissingAssetsAre404) {
  StaticFiles files(root_);
  for (std::string path : {"/app/", "/app/accounts/12", "/app/../../etc/passwd"}) {
    Answer a = Get(files, path);
    EXPECT_EQ(a.status, 200) << path;
    EXPECT_EQ(a.body, "<html>page</html>") << path;
    EXPECT_EQ(a.header("Content-Type"), "text/html; charset=utf-8") << path;
  }
  Answer missing = Get(files, "/app/assets/index-old.js");
  EXPECT_EQ(missing.status, 404) << "an old page asking for a replaced bundle gets no HTML";
  EXPECT_EQ(missing.header("Cache-Control"), "no-store");
}

TEST_F(StaticFilesTest, WithoutABuildEveryPathSaysSo) {
  StaticFiles files(root_ / "missing");
  Answer a = Get(files, "/app/accounts");
  EXPECT_EQ(a.status, 404);
  EXPECT_NE(a.body.find("make run"), std::string::npos);
}

}  // namespace
}  // namespace banso::http
