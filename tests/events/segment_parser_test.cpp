#include <gtest/gtest.h>

#include "core/date.h"
#include "core/error.h"
#include "events/segment_parser.h"

namespace banso::events {
namespace {

constexpr int64_t kNow = 1795000000000;  // the receivedAt of these tests

SegmentRequest Parse(const std::string& body, std::optional<EventType> type = std::nullopt) {
  SegmentRequest r;
  r.body = body;
  ParseSegmentRequest(type, kNow, SegmentLimits{}, r);
  return r;
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(SegmentParser, ReadsEveryMessageTypeOfABatch) {
  auto r = Parse(R"({"batch":[
    {"type":"identify","userId":"u1","traits":{"email":"a@b.jp"},"messageId":"m1"},
    {"type":"group","userId":"u1","groupId":"acme.co.jp","messageId":"m2"},
    {"type":"track","userId":"u1","event":"レポート出力","properties":{"n":1},"messageId":"m3"},
    {"type":"page","anonymousId":"a1","name":"Pricing","messageId":"m4"},
    {"type":"screen","userId":42,"name":"Home","messageId":"m5"},
    {"type":"alias","userId":"u1","previousId":"a1","messageId":"m6"}],"writeKey":"wk"})");
  ASSERT_EQ(r.events.size(), 6u);
  EXPECT_TRUE(r.rejected.empty());
  EXPECT_EQ(r.write_key, "wk");
  EXPECT_EQ(r.events[0].type, EventType::kIdentify);
  EXPECT_EQ(r.events[1].target_id, "acme.co.jp");
  EXPECT_EQ(r.events[2].name, "レポート出力");
  EXPECT_EQ(r.events[3].anonymous_id, "a1");
  EXPECT_EQ(r.events[3].name, "Pricing");
  EXPECT_EQ(r.events[4].user_id, "42");  // numeric ids are accepted, as Segment does
  EXPECT_EQ(r.events[5].target_id, "a1");
  // The stored JSON is the message exactly as sent.
  EXPECT_EQ(r.events[1].json,
            R"({"type":"group","userId":"u1","groupId":"acme.co.jp","messageId":"m2"})");
}

TEST(SegmentParser, RejectsBadItemsByIndexAndKeepsTheRest) {
  std::string long_name = Repeat("あ", 201);
  std::string deep = Repeat("{\"a\":", 14) + "1" + Repeat("}", 14);
  auto r = Parse(R"({"batch":[
    {"type":"track","event":"ok","userId":"u"},
    {"type":"track","event":"no id"},
    {"type":"track","userId":"u"},
    {"type":"track","userId":"u","event":")" +
                 long_name + R"("},
    {"type":"track","userId":"u","event":"deep","properties":)" +
                 deep + R"(},
    {"type":"track","userId":"u","event":"future","timestamp":"2099-01-01T00:00:00Z"},
    {"type":"unknown","userId":"u"},
    "not an object",
    {"type":"track","userId":"u","event":"x","messageId":")" +
                 Repeat("m", 101) + R"("},
    {"type":"group","userId":"u"},
    {"type":"track","userId":"u","event":"bad time","timestamp":"yesterday"},
    {"type":"track","userId":"u","event":"1999","timestamp":"1999-12-31T23:59:59Z"},
    {"type":"track","userId":"u\u0000admin","event":"NUL in an id"},
    {"type":"track","anonymousId":"a","event":"NUL in a messageId","messageId":"m\u0000"},
    {"type":"group","userId":"u","groupId":"g\u0000"},
    {"type":"track","userId":"u","event":"two types","type":"identify"},
    {"type":"page","userId":"u","name":7},
    {"type":"track","userId":"u","event":"e","context":"web"},
    {"type":"track","userId":"u","event":"ok too"}]})");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].name, "ok");
  EXPECT_EQ(r.events[1].name, "ok too");
  std::map<int, std::string> fields;
  for (const auto& x : r.rejected) {
    fields[x.index] = x.field;
    EXPECT_FALSE(x.reason.empty());
  }
  EXPECT_EQ(fields, (std::map<int, std::string>{{1, "userId"},
                                                {2, "event"},
                                                {3, "event"},
                                                {4, "properties"},
                                                {5, "timestamp"},
                                                {6, "type"},
                                                {7, ""},
                                                {8, "messageId"},
                                                {9, "groupId"},
                                                {10, "timestamp"},
                                                {11, "timestamp"},
                                                {12, "userId"},
                                                {13, "messageId"},
                                                {14, "groupId"},
                                                {15, "type"},
                                                {16, "name"},
                                                {17, "context"}}));
}

TEST(SegmentParser, EventNamesUpTo200CharactersPass) {
  auto r =
      Parse(R"({"batch":[{"type":"track","userId":"u","event":")" + Repeat("あ", 200) + R"("}]})");
  EXPECT_EQ(r.events.size(), 1u);
}

TEST(SegmentParser, CorrectsClockSkewFromSentAt) {
  // The client's clock is 1 hour fast: the event happened 10 s before it sent the batch.
  auto r = Parse(R"({"sentAt":"2030-01-01T01:00:10Z","batch":[
    {"type":"track","userId":"u","event":"e","timestamp":"2030-01-01T01:00:00Z"},
    {"type":"track","userId":"u","event":"f","timestamp":"2030-01-01T01:00:05Z","sentAt":"2030-01-01T01:00:06Z"},
    {"type":"track","userId":"u","event":"g"}]})");
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].timestamp_ms, kNow - 10000);
  EXPECT_EQ(r.events[1].timestamp_ms, kNow - 1000);  // the message's own sentAt wins
  EXPECT_EQ(r.events[2].timestamp_ms, kNow);         // no timestamp: received now
  EXPECT_EQ(r.events[0].received_ms, kNow);
}

TEST(SegmentParser, GivesMessagesWithoutIdOne) {
  auto r = Parse(
      R"({"batch":[{"type":"track","userId":"u","event":"e"},{"type":"track","userId":"u","event":"e"}]})");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_FALSE(r.events[0].message_id.empty());
  EXPECT_NE(r.events[0].message_id, r.events[1].message_id);
}

TEST(SegmentParser, SingleCallsTakeTheirTypeFromThePath) {
  auto r = Parse(R"({"userId":"u","event":"Signed Up","writeKey":"k"})", EventType::kTrack);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].type, EventType::kTrack);
  EXPECT_EQ(r.write_key, "k");
  // The body's type is not read on a typed path, but it must still be a string.
  EXPECT_EQ(Parse(R"({"userId":"u","event":"e","type":7})", EventType::kTrack).rejected.at(0).field,
            "type");
  auto bad = Parse(R"({"userId":"u"})", EventType::kTrack);
  EXPECT_TRUE(bad.events.empty());
  ASSERT_EQ(bad.rejected.size(), 1u);
  EXPECT_EQ(bad.rejected[0].field, "event");
}

TEST(SegmentParser, RefusesTheWholeRequestForInvalidJsonAndOverTheLimits) {
  EXPECT_THROW(Parse(R"({"batch":[{"type":"track",)"), Invalid);
  EXPECT_THROW(Parse("[1,2]"), Invalid);
  EXPECT_THROW(Parse(R"({"sentAt":"x"})"), Invalid);  // no batch
  EXPECT_THROW(Parse(R"({"batch":{}})"), Invalid);    // not an array
  // The top level is read strictly: each key once, each of the right type, no NUL in the key.
  auto field_of = [](const std::string& body, std::optional<EventType> type = std::nullopt) {
    try {
      Parse(body, type);
    } catch (const Invalid& e) {
      return e.field();
    }
    return std::string("(accepted)");
  };
  EXPECT_EQ(field_of(R"({"batch":[],"batch":[{"type":"track","userId":"u","event":"e"}]})"),
            "batch");
  EXPECT_EQ(field_of(R"({"batch":[],"sentAt":7})"), "sentAt");
  EXPECT_EQ(field_of(R"({"batch":[],"writeKey":["k"]})"), "writeKey");
  EXPECT_EQ(field_of(R"({"batch":[],"writeKey":"k\u0000x"})"), "writeKey");
  EXPECT_EQ(field_of(R"({"userId":"u","event":"e","writeKey":"k\u0000x"})", EventType::kTrack),
            "writeKey");
  EXPECT_EQ(field_of(R"({"batch":[],"writeKey":null,"sentAt":null})"), "(accepted)");
  // Values the parser never reads are validated too: nothing malformed is stored.
  EXPECT_THROW(
      Parse(R"({"batch":[{"type":"track","userId":"u","event":"e","properties":{"a":tru}}]})"),
      Invalid);
  EXPECT_THROW(
      Parse(R"({"batch":[{"type":"track","userId":"u","event":"e","properties":{"a":[1}}]})"),
      Invalid);
  EXPECT_THROW(Parse("{\"batch\":[{\"type\":\"track\",\"event\":\"\xff\",\"userId\":\"u\"}]}"),
               Invalid);  // bad UTF-8
  std::string big_props = "\"" + std::string(33 * 1024, 'x') + "\"";
  try {
    Parse(
        R"({"batch":[{"type":"track","userId":"u","event":"e"},{"type":"track","userId":"u","event":"e","properties":{"p":)" +
        big_props + "}}]}");
    FAIL() << "a message over 32 KB must refuse the request";
  } catch (const Invalid& e) {
    EXPECT_EQ(e.field(), "batch[1]");
  }
  std::string items;
  for (int i = 0; i < 20; ++i)
    items += std::string(i ? "," : "") +
             R"({"type":"track","userId":"u","event":"e","properties":{"p":")" +
             std::string(30 * 1024, 'y') + "\"}}";
  EXPECT_THROW(Parse("{\"batch\":[" + items + "]}"), Invalid);  // 600 KB > 500 KB
  EXPECT_THROW(
      Parse(R"({"userId":"u","event":")" + std::string(33 * 1024, 'z') + "\"}", EventType::kTrack),
      Invalid);
}

}  // namespace
}  // namespace banso::events
