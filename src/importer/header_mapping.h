#pragma once
// Maps the header row of a CSV file to Banso's canonical import fields. Besides Banso's own
// snake_case names it accepts the column names of Salesforce and HubSpot exports, English and
// Japanese, matched ignoring case, full/half width, surrounding spaces, and spaces or
// underscores inside the name ("Account Name" = "account_name" = "ＡｃｃｏｕｎｔＮａｍｅ").
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace banso {

enum class ImportKind { kAccounts, kContacts, kContracts, kTouchpoints, kFxRates, kTickets };

// "accounts", "contacts", "contracts", "touchpoints", "fx_rates" or "tickets".
std::string_view ImportKindName(ImportKind kind);
// Throws Invalid("kind") for a name other than the six above.
ImportKind ParseImportKind(std::string_view name);

// What an import of a kind accepts, for the console's field list and sample file.
//   accounts:    external_id name name_kana domain industry employee_band employees country
//                currency owner tier_override journey_stage start_date renewal_date
//                (and custom.<key> columns)
//   contacts:    external_id account_external_id name last_name first_name email title role phone
//                language marketing_consent departed
//   contracts:   external_id account_external_id product start_date end_date amount currency
//                billing_period seats
//   touchpoints: external_id account_external_id kind occurred_at summary sentiment
//                contact_email author
//   fx_rates:    month currency rate
//   tickets:     external_id account_external_id organization contact_email subject priority
//                status opened_at solved_at (Zendesk's and Freshdesk's exports)
struct ImportFieldInfo {
  std::string_view name;                  // the canonical field, in display order
  std::vector<std::string_view> headers;  // other headers that fill it, each spelling once
  std::string_view example;               // a value for a sample file
};
struct ImportFormat {
  std::vector<ImportFieldInfo> fields;
  std::vector<std::vector<std::string_view>> required;  // a column for one of each entry's
  bool custom_attributes = false;                       // custom.<key> columns (accounts)
};
ImportFormat DescribeImport(ImportKind kind);

struct MappedColumn {
  std::string header;  // as written in the file
  // The canonical field the column fills: "name", or "custom.<key>" for an account column named
  // custom.<key> (key as written). Empty when the column is ignored.
  std::string field;
  // The column holds the opposite of the field (Salesforce's HasOptedOutOfEmail fills
  // marketing_consent), so the runner negates the parsed boolean.
  bool inverted = false;
  // Why a column without a field is not imported, so that the preview can say so: "unknown"
  // (no field has this name: map it, or to a custom attribute), "derived" (Banso computes the
  // value, as ARR from contracts), "fallback" (another column fills the field), "chosen" (the
  // user left it out).
  std::string ignored;
};

struct HeaderMapping {
  std::vector<MappedColumn> columns;  // one per CSV column, in file order
  std::vector<std::string> errors;    // empty when rows can be imported with this mapping

  // Index of the column that fills `field`, or -1.
  int ColumnOf(std::string_view field) const;
};

// Maps each header to a field. Errors: a required field without a column (accounts: name;
// contacts: email or a name, and account_external_id; contracts: account_external_id,
// start_date, amount; touchpoints: account_external_id, occurred_at, summary; tickets: one of
// account_external_id, organization and contact_email, subject, opened_at), and two columns
// filling the same field. Where a file may carry two
// sources for one field (HubSpot's domain and website; Salesforce's contract Id and number),
// the weaker one is ignored rather than reported.
//
// `chosen` maps headers (as written) to the field the user picked for them, or "" to leave the
// column out; it wins over the automatic mapping. Throws Invalid("mapping") for a field the kind
// does not have.
HeaderMapping MapHeader(ImportKind kind, std::span<const std::string_view> header,
                        const std::map<std::string, std::string>& chosen = {});

}  // namespace banso
