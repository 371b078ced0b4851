#include "core/json_body.h"

#include <string>
#include <vector>

#include "core/error.h"

namespace banso {
namespace {

using json = nlohmann::json;

// Builds the document from nlohmann's SAX events, keeping the path to the value being read.
class StrictBuilder {
 public:
  json& root() { return root_; }

  bool null() { return Add(nullptr); }
  bool boolean(bool v) { return Add(v); }
  bool number_integer(json::number_integer_t v) { return Add(v); }
  bool number_unsigned(json::number_unsigned_t v) { return Add(v); }
  bool number_float(json::number_float_t v, const json::string_t&) { return Add(v); }
  bool string(json::string_t& v) {
    if (v.find('\0') != std::string::npos) throw Invalid(Path(), "contains a NUL character");
    return Add(std::move(v));
  }
  bool binary(json::binary_t&) { throw Invalid(Path(), "is not JSON text"); }

  bool start_object(std::size_t) { return Open(json::object()); }
  bool start_array(std::size_t) { return Open(json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(json::string_t& k) {
    Frame& f = frames_.back();
    bool twice = f.value->contains(k), nul = k.find('\0') != std::string::npos;
    f.key = std::move(k);
    if (nul) throw Invalid(Path(), "has a key with a NUL character");
    if (twice) throw Invalid(Path(), "is given twice");
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    // 406: a number the double cannot hold (1e309); everything else is malformed text.
    if (e.id == 406) throw Invalid(Path(), "is a number out of range");
    std::string what = e.what();
    // nlohmann's message after its "[json.exception.parse_error.101] " prefix.
    if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    throw Invalid("", "malformed JSON at byte " + std::to_string(position) + ": " + what);
  }

 private:
  struct Frame {
    json* value;
    std::string key;  // in an object: the key last read
  };

  // "a.b[2].c" for the value now being read.
  std::string Path() const {
    std::string out;
    for (const Frame& f : frames_) {
      if (f.value->is_object()) {
        if (f.key.empty()) break;
        if (!out.empty()) out += '.';
        out += f.key;
      } else {
        // An enclosing array already holds the open child; the innermost one is about to.
        size_t index = &f == &frames_.back() ? f.value->size() : f.value->size() - 1;
        out += "[" + std::to_string(index) + "]";
      }
    }
    return out;
  }

  json* Place(json&& v) {
    if (frames_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Frame& f = frames_.back();
    if (f.value->is_array()) {
      f.value->push_back(std::move(v));
      return &f.value->back();
    }
    json& slot = (*f.value)[f.key];  // the key stays, naming an open child in Path()
    slot = std::move(v);
    return &slot;
  }

  template <class V>
  bool Add(V&& v) {
    Place(json(std::forward<V>(v)));
    return true;
  }

  bool Open(json&& container) {
    if (frames_.size() >= kMaxJsonDepth) {
      std::string top = frames_.front().value->is_object() ? frames_.front().key : "";
      throw Invalid(top, "is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
    }
    frames_.push_back({Place(std::move(container)), {}});
    return true;
  }

  bool Close() {
    frames_.pop_back();
    return true;
  }

  json root_;
  std::vector<Frame> frames_;
};

}  // namespace

json ParseJsonBody(std::string_view text) {
  StrictBuilder builder;
  json::sax_parse(text.begin(), text.end(), &builder);
  return std::move(builder.root());
}

}  // namespace banso
