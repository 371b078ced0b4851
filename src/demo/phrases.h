#pragma once
// What demo touchpoints, NPS comments and support tickets say, in Japanese and English.
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
// A support ticket's subject; `severe` for the outages and blockers of an unhappy customer.
std::string TicketSubject(Random& rng, bool japanese, bool severe);

}  // namespace banso::demo
