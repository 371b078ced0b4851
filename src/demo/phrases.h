#pragma once
// What demo touchpoints and NPS comments say, in Japanese and English.
#include <string>

#include "customers/touchpoint.h"
#include "demo/random.h"

namespace banso::demo {

enum class PhraseKey {
  kMeetingGood,
  kMeetingNeutral,
  kMeetingBad,
  kCall,
  kEmail,
  kChatGood,
  kChatBad,
  kOnsite,
  kWebinar,
  kNote,
  kChampionLeft,
  kCancellation,
  kComeback,
  kPromoter,
  kPassive,
  kDetractor,
};

PhraseKey PhraseFor(customers::TouchpointKind kind, customers::Sentiment sentiment);
std::string Phrase(Random& rng, PhraseKey key, bool japanese);

}  // namespace banso::demo
