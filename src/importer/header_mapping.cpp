#include "importer/header_mapping.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "core/error.h"
#include "core/text.h"

namespace banso {
namespace {

enum AliasFlag : unsigned {
  kFallback = 1,  // ignored when another column fills the same field
  kInverted = 2,  // the column holds the negation of the field
};

struct Alias {
  std::string_view header;
  std::string_view field;
  unsigned flags = 0;
};

struct Field {
  std::string_view name;
  std::string_view example;  // for the sample file
};

// Banso's own field names are accepted for every kind; the tables list the other names. A
// name may appear under several products; the same name may not map to two fields of a kind.

constexpr Field kAccountFields[] = {{"external_id", "001DEMO00000001"},
                                    {"name", "株式会社かもめ物流"},
                                    {"name_kana", "カモメブツリュウ"},
                                    {"domain", "kamome-logistics.example"},
                                    {"industry", "logistics"},
                                    {"employee_band", "250-999"},
                                    {"employees", "420"},
                                    {"country", "JP"},
                                    {"currency", "JPY"},
                                    {"owner", "csm@example.com"},
                                    {"tier_override", "high_touch"},
                                    {"journey_stage", "onboarding"},
                                    {"start_date", "2026-04-01"},
                                    {"renewal_date", "2027-03-31"}};

constexpr Alias kAccountAliases[] = {
    // Salesforce Account, API names (Data Loader, Workbench). Website gives way to a domain.
    {"Id", "external_id"},
    {"Name", "name"},
    {"Website", "domain", kFallback},
    {"Industry", "industry"},
    {"NumberOfEmployees", "employees"},
    {"BillingCountry", "country"},
    {"CurrencyIsoCode", "currency"},
    {"Owner.Email", "owner"},
    // Salesforce Account, report export labels (English).
    {"Account ID", "external_id"},
    {"Account Name", "name"},
    {"Employees", "employees"},
    {"Billing Country", "country"},
    {"Account Currency", "currency"},
    {"Account Owner Email", "owner"},
    // Salesforce Account, report export labels (Japanese).
    {"取引先 ID", "external_id"},
    {"取引先名", "name"},
    {"Web サイト", "domain", kFallback},
    {"業種", "industry"},
    {"従業員数", "employees"},
    {"請求先(国)", "country"},
    {"請求先国", "country"},
    {"取引先 通貨", "currency"},
    {"取引先 所有者 メール", "owner"},
    // Salesforce in Japanese orgs: the reading of the name, a custom field by convention.
    {"フリガナ", "name_kana"},
    {"Furigana", "name_kana"},
    {"取引先名(カナ)", "name_kana"},
    // HubSpot companies export (English). "Company owner" is the sales rep, rarely a Banso user,
    // so it stays unmapped unless mapped by hand. Website URL gives way to Company Domain Name.
    {"Record ID", "external_id"},
    {"Company name", "name"},
    {"Company Domain Name", "domain"},
    {"Website URL", "domain", kFallback},
    {"Industry", "industry"},
    {"Number of Employees", "employees"},
    {"Country/Region", "country"},
    // HubSpot companies export (Japanese).
    {"レコードID", "external_id"},
    {"会社名", "name"},
    {"会社のドメイン名", "domain"},
    {"ウェブサイトURL", "domain", kFallback},
    {"業種", "industry"},
    {"従業員数", "employees"},
    {"国/地域", "country"},
    // The plain words people put in their own spreadsheets, Japanese and English.
    {"owner_email", "owner"},
    {"Owner", "owner"},
    {"Account Owner", "owner"},
    {"CSM", "owner"},
    {"担当者", "owner"},
    {"担当CSM", "owner"},
    {"オーナー", "owner"},
    {"取引先 所有者", "owner"},
    {"顧客名", "name"},
    {"企業名", "name"},
    {"社名", "name"},
    {"ドメイン", "domain"},
    {"国", "country"},
    {"通貨", "currency"},
    {"従業員規模", "employee_band"},
    {"Stage", "journey_stage"},
    {"Journey Stage", "journey_stage"},
    {"ステージ", "journey_stage"},
    {"段階", "journey_stage"},
    {"ジャーニー段階", "journey_stage"},
    {"Tier", "tier_override"},
    {"Touch Model", "tier_override"},
    {"タッチモデル", "tier_override"},
    {"開始日", "start_date"},
    {"契約開始日", "start_date"},
    {"顧客になった日", "start_date"},
    {"更新日", "renewal_date"},
    {"契約更新日", "renewal_date"},
    {"次回更新日", "renewal_date"},
    {"Renewal", "renewal_date"},
};

constexpr Field kContactFields[] = {
    {"external_id", "003DEMO00000001"},
    {"account_external_id", "001DEMO00000001"},
    {"name", "山田 太郎"},
    {"last_name", "山田"},
    {"first_name", "太郎"},
    {"email", "yamada@kamome-logistics.example"},
    {"title", "物流企画部 部長"},
    {"role", "champion"},
    {"phone", "03-1234-5678"},
    {"language", "ja"},
    {"marketing_consent", "true"},
    {"departed", "false"},
};

constexpr Alias kContactAliases[] = {
    // Salesforce Contact, API names. Opting out of email is the opposite of consent.
    {"Id", "external_id"},
    {"AccountId", "account_external_id"},
    {"Name", "name"},
    {"LastName", "last_name"},
    {"FirstName", "first_name"},
    {"Email", "email"},
    {"Title", "title"},
    {"Phone", "phone"},
    {"HasOptedOutOfEmail", "marketing_consent", kInverted},
    // Salesforce Contact, report export labels (English).
    {"Contact ID", "external_id"},
    {"Account ID", "account_external_id"},
    {"Full Name", "name"},
    {"Last Name", "last_name"},
    {"First Name", "first_name"},
    {"Email Opt Out", "marketing_consent", kInverted},
    // Salesforce Contact, report export labels (Japanese).
    {"取引先責任者 ID", "external_id"},
    {"取引先 ID", "account_external_id"},
    {"氏名", "name"},
    {"姓", "last_name"},
    {"名", "first_name"},
    {"メール", "email"},
    {"役職", "title"},
    {"電話", "phone"},
    {"メール送信除外", "marketing_consent", kInverted},
    // HubSpot contacts export (English).
    {"Record ID", "external_id"},
    {"First Name", "first_name"},
    {"Last Name", "last_name"},
    {"Email", "email"},
    {"Job Title", "title"},
    {"Phone Number", "phone"},
    {"Associated Company ID", "account_external_id"},
    {"Associated Company IDs", "account_external_id"},
    // HubSpot contacts export (Japanese).
    {"レコードID", "external_id"},
    {"名", "first_name"},
    {"姓", "last_name"},
    {"Eメール", "email"},
    {"メール", "email"},
    {"役職", "title"},
    {"電話番号", "phone"},
    {"関連付けられた会社 ID", "account_external_id"},
};

constexpr Field kContractFields[] = {{"external_id", "800DEMO00000001"},
                                     {"account_external_id", "001DEMO00000001"},
                                     {"product", "Banso Pro"},
                                     {"start_date", "2026-04-01"},
                                     {"end_date", "2027-03-31"},
                                     {"amount", "1200000"},
                                     {"currency", "JPY"},
                                     {"billing_period", "annual"},
                                     {"seats", "50"}};

constexpr Alias kContractAliases[] = {
    // Salesforce Contract, API names. The contract number is the id only when Id is absent.
    {"Id", "external_id"},
    {"ContractNumber", "external_id", kFallback},
    {"AccountId", "account_external_id"},
    {"StartDate", "start_date"},
    {"EndDate", "end_date"},
    {"CurrencyIsoCode", "currency"},
    // Salesforce Contract, report export labels (English).
    {"Contract ID", "external_id"},
    {"Contract Number", "external_id", kFallback},
    {"Account ID", "account_external_id"},
    {"Contract Start Date", "start_date"},
    {"Contract End Date", "end_date"},
    {"Start Date", "start_date"},
    {"End Date", "end_date"},
    // Salesforce Contract, report export labels (Japanese).
    {"契約 ID", "external_id"},
    {"契約番号", "external_id", kFallback},
    {"取引先 ID", "account_external_id"},
    {"契約開始日", "start_date"},
    {"契約終了日", "end_date"},
    // Salesforce Opportunity and Opportunity Product exports (English, Japanese).
    {"Amount", "amount"},
    {"金額", "amount"},
    {"Product", "product"},
    {"Product Name", "product"},
    {"商品", "product"},
    {"商品名", "product"},
    {"Currency", "currency"},
    {"通貨", "currency"},
    {"Billing Period", "billing_period"},
    {"請求期間", "billing_period"},
    // Licensed seats: Salesforce's product quantity, or a plain label.
    {"Quantity", "seats"},
    {"数量", "seats"},
    {"Seats", "seats"},
    {"ライセンス数", "seats"},
    {"シート数", "seats"},
    // HubSpot deals export (English, Japanese). The deal name stands in for the product only
    // when there is no product column; Close Date is not a contract start, so it stays unmapped.
    {"Record ID", "external_id"},
    {"レコードID", "external_id"},
    {"Deal Name", "product", kFallback},
    {"取引名", "product", kFallback},
    {"Associated Company ID", "account_external_id"},
    {"Associated Company IDs", "account_external_id"},
    {"関連付けられた会社 ID", "account_external_id"},
};

// Salesforce Task and Event, HubSpot activities, and people's own meeting logs.
constexpr Field kTouchpointFields[] = {
    {"external_id", "00TDEMO00000001"},
    {"account_external_id", "001DEMO00000001"},
    {"kind", "meeting"},
    {"occurred_at", "2026-04-01T10:00+09:00"},
    {"summary", "四半期ビジネスレビュー：利用状況と次の目標を確認"},
    {"sentiment", "positive"},
    {"contact_email", "yamada@kamome-logistics.example"},
    {"author", "csm@example.com"},
};

constexpr Alias kTouchpointAliases[] = {
    // Salesforce Task and Event, API names. The description stands in only without a subject.
    {"Id", "external_id"},
    {"AccountId", "account_external_id"},
    {"Type", "kind"},
    {"TaskSubtype", "kind", kFallback},
    {"ActivityDate", "occurred_at"},
    {"ActivityDateTime", "occurred_at"},
    {"Subject", "summary"},
    {"Description", "summary", kFallback},
    {"Owner.Email", "author"},
    {"Who.Email", "contact_email"},
    // Salesforce activity report labels (English, Japanese).
    {"Activity ID", "external_id"},
    {"Account ID", "account_external_id"},
    {"Task Type", "kind"},
    {"Date", "occurred_at"},
    {"Comments", "summary", kFallback},
    {"Assigned", "author"},
    {"活動 ID", "external_id"},
    {"取引先 ID", "account_external_id"},
    {"種別", "kind"},
    {"日付", "occurred_at"},
    {"件名", "summary"},
    {"コメント", "summary", kFallback},
    {"説明", "summary", kFallback},
    {"任命先", "author"},
    // HubSpot activities (English, Japanese).
    {"Activity type", "kind"},
    {"Activity date", "occurred_at"},
    {"Associated Company IDs", "account_external_id"},
    {"Associated Company ID", "account_external_id"},
    {"関連付けられた会社 ID", "account_external_id"},
    {"アクティビティータイプ", "kind"},
    {"アクティビティー日", "occurred_at"},
    // The plain words of people's own logs.
    {"Kind", "kind"},
    {"種類", "kind"},
    {"活動種別", "kind"},
    {"接点", "kind"},
    {"日時", "occurred_at"},
    {"実施日", "occurred_at"},
    {"Summary", "summary"},
    {"Notes", "summary", kFallback},
    {"内容", "summary"},
    {"概要", "summary"},
    {"メモ", "summary", kFallback},
    {"Sentiment", "sentiment"},
    {"感触", "sentiment"},
    {"温度感", "sentiment"},
    {"Contact Email", "contact_email"},
    {"先方担当者メール", "contact_email"},
    {"取引先責任者 メール", "contact_email"},
    {"CSM", "author"},
    {"Recorded By", "author"},
    {"記録者", "author"},
    {"対応者", "author"},
};

constexpr Field kTicketFields[] = {
    {"external_id", "48213"},
    {"account_external_id", "001DEMO00000001"},
    {"organization", "株式会社かもめ物流"},
    {"contact_email", "yamada@kamome-logistics.example"},
    {"subject", "CSV エクスポートの文字化けについて"},
    {"priority", "normal"},
    {"status", "solved"},
    {"opened_at", "2026-04-01T10:00+09:00"},
    {"solved_at", "2026-04-02T15:30+09:00"},
};

constexpr Alias kTicketAliases[] = {
    // Zendesk's ticket export (English, Japanese).
    {"Id", "external_id"},
    {"Organization", "organization"},
    {"Requester email", "contact_email"},
    {"Subject", "subject"},
    {"Priority", "priority"},
    {"Status", "status"},
    {"Created at", "opened_at"},
    {"Solved at", "solved_at"},
    {"チケット ID", "external_id"},
    {"組織", "organization"},
    {"リクエスタのメールアドレス", "contact_email"},
    {"リクエスタ メール", "contact_email"},
    {"件名", "subject"},
    {"優先度", "priority"},
    {"ステータス", "status"},
    {"作成日", "opened_at"},
    {"作成日時", "opened_at"},
    {"解決日", "solved_at"},
    {"解決日時", "solved_at"},
    // Freshdesk's ticket export (English, Japanese). A ticket closed without being resolved
    // has only its closing time.
    {"Ticket ID", "external_id"},
    {"Company Name", "organization"},
    {"Email", "contact_email"},
    {"Contact email", "contact_email"},
    {"Created time", "opened_at"},
    {"Resolved time", "solved_at"},
    {"Closed time", "solved_at", kFallback},
    {"会社名", "organization"},
    {"メールアドレス", "contact_email"},
    {"解決時間", "solved_at"},
    {"クローズ日時", "solved_at", kFallback},
    // The plain words of people's own sheets.
    {"Company", "organization"},
    {"取引先名", "organization"},
    {"顧客名", "organization"},
    {"問い合わせ者メール", "contact_email"},
    {"タイトル", "subject"},
    {"優先順位", "priority"},
    {"状態", "status"},
    {"受付日時", "opened_at"},
    {"起票日", "opened_at"},
    {"完了日", "solved_at", kFallback},
};

constexpr Field kFxRateFields[] = {{"month", "2026-04"}, {"currency", "USD"}, {"rate", "151.2"}};

constexpr Alias kFxRateAliases[] = {
    {"Month", "month"},         {"月", "month"},          {"年月", "month"},
    {"対象月", "month"},        {"Currency", "currency"}, {"通貨", "currency"},
    {"通貨コード", "currency"}, {"Rate", "rate"},         {"レート", "rate"},
    {"為替レート", "rate"},     {"換算レート", "rate"},
};

struct KindSpec {
  ImportKind kind;
  std::string_view name;
  std::span<const Field> fields;
  std::span<const Alias> aliases;
  // Each entry needs a column for one of its fields, separated by '|'.
  std::span<const std::string_view> required;
  bool custom_columns;
};

constexpr std::string_view kAccountRequired[] = {"name"};
constexpr std::string_view kContactRequired[] = {"email|name|last_name|first_name",
                                                 "account_external_id"};
constexpr std::string_view kContractRequired[] = {"account_external_id", "start_date", "amount"};
constexpr std::string_view kTouchpointRequired[] = {"account_external_id", "occurred_at",
                                                    "summary"};
constexpr std::string_view kFxRateRequired[] = {"month", "currency", "rate"};
constexpr std::string_view kTicketRequired[] = {"account_external_id|organization|contact_email",
                                                "subject", "opened_at"};

constexpr std::array<KindSpec, 6> kKinds{{
    {ImportKind::kAccounts, "accounts", kAccountFields, kAccountAliases, kAccountRequired, true},
    {ImportKind::kContacts, "contacts", kContactFields, kContactAliases, kContactRequired, false},
    {ImportKind::kContracts, "contracts", kContractFields, kContractAliases, kContractRequired,
     false},
    {ImportKind::kTouchpoints, "touchpoints", kTouchpointFields, kTouchpointAliases,
     kTouchpointRequired, false},
    {ImportKind::kFxRates, "fx_rates", kFxRateFields, kFxRateAliases, kFxRateRequired, false},
    {ImportKind::kTickets, "tickets", kTicketFields, kTicketAliases, kTicketRequired, false},
}};

// kKinds is in ImportKind order.
const KindSpec& Spec(ImportKind kind) { return kKinds[static_cast<size_t>(kind)]; }

// Width, case and kana folded; spaces and underscores dropped, so "account_name",
// "Account Name" and "AccountName" meet.
std::string MatchKey(std::string_view header) {
  std::string key = SearchKey(TrimAscii(header));
  std::erase_if(key, [](char c) { return c == ' ' || c == '_'; });
  return key;
}

using AliasIndex = std::unordered_map<std::string, Alias>;

AliasIndex BuildIndex(const KindSpec& spec) {
  AliasIndex index;
  auto add = [&](const Alias& alias) {
    auto [it, inserted] = index.emplace(MatchKey(alias.header), alias);
    if (!inserted && it->second.field != alias.field)
      throw std::logic_error(fmt::format("import alias \"{}\" maps to both {} and {}", alias.header,
                                         it->second.field, alias.field));
  };
  for (const Field& field : spec.fields) add({field.name, field.name});
  for (const Alias& alias : spec.aliases) add(alias);
  return index;
}

const AliasIndex& Index(ImportKind kind) {
  static const std::array<AliasIndex, kKinds.size()> kIndexes = [] {
    std::array<AliasIndex, kKinds.size()> indexes;
    for (size_t i = 0; i < kKinds.size(); ++i) indexes[i] = BuildIndex(kKinds[i]);
    return indexes;
  }();
  return kIndexes[static_cast<size_t>(kind)];
}

// "plan" for "custom.plan" (the prefix in any case); the key keeps its spelling.
std::optional<std::string_view> CustomKey(std::string_view header) {
  constexpr std::string_view kPrefix = "custom.";
  header = TrimAscii(header);
  if (header.size() <= kPrefix.size()) return std::nullopt;
  for (size_t i = 0; i < kPrefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(header[i])) != kPrefix[i]) return std::nullopt;
  std::string_view key = TrimAscii(header.substr(kPrefix.size()));
  return key.empty() ? std::nullopt : std::optional(key);
}

struct Candidate {
  MappedColumn column;
  bool fallback = false;
};

// Headers of values Banso derives rather than imports: ARR and MRR come from the contracts.
bool IsDerived(std::string_view header) {
  static const std::array<std::string, 10> kDerived = {
      MatchKey("arr"),          MatchKey("mrr"),          MatchKey("Annual Recurring Revenue"),
      MatchKey("年間契約額"),   MatchKey("年間経常収益"), MatchKey("月額"),
      MatchKey("MRR(月額)"),    MatchKey("ARR(年額)"),    MatchKey("arr_minor"),
      MatchKey("arr_reporting")};
  std::string key = MatchKey(header);
  return std::find(kDerived.begin(), kDerived.end(), key) != kDerived.end();
}

Candidate MapColumn(const KindSpec& spec, std::string_view header) {
  Candidate candidate{{std::string(header), {}, false}};
  if (auto key = spec.custom_columns ? CustomKey(header) : std::nullopt) {
    candidate.column.field = fmt::format("custom.{}", *key);
    return candidate;
  }
  const AliasIndex& index = Index(spec.kind);
  if (auto it = index.find(MatchKey(header)); it != index.end()) {
    candidate.column.field = it->second.field;
    candidate.column.inverted = it->second.flags & kInverted;
    candidate.fallback = it->second.flags & kFallback;
  } else {
    candidate.column.ignored = IsDerived(header) ? "derived" : "unknown";
  }
  return candidate;
}

// A fallback column is ignored when a regular column fills the same field.
void DropShadowedFallbacks(std::vector<Candidate>& candidates) {
  for (Candidate& c : candidates) {
    if (c.fallback && std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& o) {
          return !o.fallback && o.column.field == c.column.field;
        })) {
      c.column.field.clear();
      c.column.ignored = "fallback";
    }
  }
}

void ReportDuplicates(HeaderMapping& mapping) {
  const auto& columns = mapping.columns;
  for (size_t j = 0; j < columns.size(); ++j) {
    if (columns[j].field.empty()) continue;
    for (size_t i = 0; i < j; ++i)
      if (columns[i].field == columns[j].field) {
        mapping.errors.push_back(fmt::format("columns \"{}\" and \"{}\" both map to {}",
                                             columns[i].header, columns[j].header,
                                             columns[j].field));
        break;
      }
  }
}

std::vector<std::string_view> Split(std::string_view alternatives) {
  std::vector<std::string_view> parts;
  for (size_t bar; (bar = alternatives.find('|')) != std::string_view::npos;) {
    parts.push_back(alternatives.substr(0, bar));
    alternatives.remove_prefix(bar + 1);
  }
  parts.push_back(alternatives);
  return parts;
}

// The headers that fill any of `fields`: the fields' own names, then their aliases, each
// spelling once ("Name" is "name" to the matcher).
std::vector<std::string_view> AcceptedHeaders(const KindSpec& spec,
                                              const std::vector<std::string_view>& fields) {
  std::vector<std::string_view> headers(fields.begin(), fields.end());
  std::vector<std::string> keys;
  for (std::string_view field : fields) keys.push_back(MatchKey(field));
  for (const Alias& alias : spec.aliases) {
    if (std::find(fields.begin(), fields.end(), alias.field) == fields.end()) continue;
    std::string key = MatchKey(alias.header);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    keys.push_back(std::move(key));
    headers.push_back(alias.header);
  }
  return headers;
}

std::string MissingFieldError(const KindSpec& spec, const std::vector<std::string_view>& fields) {
  return fmt::format("no column for {} (accepted headers: {})", fmt::join(fields, " or "),
                     fmt::join(AcceptedHeaders(spec, fields), ", "));
}

void ReportMissingRequired(const KindSpec& spec, HeaderMapping& mapping) {
  for (std::string_view required : spec.required) {
    std::vector<std::string_view> fields = Split(required);
    if (std::none_of(fields.begin(), fields.end(),
                     [&](std::string_view f) { return mapping.ColumnOf(f) >= 0; }))
      mapping.errors.push_back(MissingFieldError(spec, fields));
  }
}

}  // namespace

std::string_view ImportKindName(ImportKind kind) { return Spec(kind).name; }

ImportKind ParseImportKind(std::string_view name) {
  for (const KindSpec& spec : kKinds)
    if (spec.name == name) return spec.kind;
  throw Invalid("kind", fmt::format("unknown import kind \"{}\" (use accounts, contacts, "
                                    "contracts, touchpoints, fx_rates or tickets)",
                                    name));
}

ImportFormat DescribeImport(ImportKind kind) {
  const KindSpec& spec = Spec(kind);
  ImportFormat format;
  for (const Field& field : spec.fields) {
    std::vector<std::string_view> headers = AcceptedHeaders(spec, {field.name});
    headers.erase(headers.begin());  // the field's own name
    format.fields.push_back({field.name, std::move(headers), field.example});
  }
  for (std::string_view required : spec.required) format.required.push_back(Split(required));
  format.custom_attributes = spec.custom_columns;
  return format;
}

int HeaderMapping::ColumnOf(std::string_view field) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].field == field) return static_cast<int>(i);
  return -1;
}

HeaderMapping MapHeader(ImportKind kind, std::span<const std::string_view> header,
                        const std::map<std::string, std::string>& chosen) {
  const KindSpec& spec = Spec(kind);
  for (const auto& [h, field] : chosen) {
    bool known = field.empty() || std::any_of(spec.fields.begin(), spec.fields.end(),
                                              [&](const Field& f) { return f.name == field; });
    if (spec.custom_columns && field.starts_with("custom.") && field.size() > 7) known = true;
    if (!known)
      throw Invalid("mapping",
                    fmt::format("\"{}\" is not a field of this import (column \"{}\")", field, h));
  }
  std::vector<Candidate> candidates;
  for (std::string_view h : header) {
    Candidate c = MapColumn(spec, h);
    if (auto it = chosen.find(std::string(TrimAscii(h))); it != chosen.end()) {
      if (!it->second.empty() && it->second == c.column.field)
        c.fallback = false;  // chosen as is: keeps `inverted`, and no other column shadows it
      else
        c = {{std::string(h), it->second, false, it->second.empty() ? "chosen" : ""}};
    }
    candidates.push_back(std::move(c));
  }
  DropShadowedFallbacks(candidates);
  HeaderMapping mapping;
  for (Candidate& c : candidates) mapping.columns.push_back(std::move(c.column));
  ReportDuplicates(mapping);
  ReportMissingRequired(spec, mapping);
  return mapping;
}

}  // namespace banso
