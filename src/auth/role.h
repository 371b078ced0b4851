#pragma once
// Staff roles and what each may do. Every HTTP route names one Permission; the router checks
// it before the handler runs, so a route cannot forget its role check.
#include <optional>
#include <string_view>
#include <vector>

namespace banso::auth {

enum class Role { kAdmin, kManager, kCsm, kMarketer, kViewer };

enum class Permission {
  kSignedIn,          // any signed-in staff member
  kReadCustomers,     // accounts, contacts, contracts, timeline, surveys
  kWriteCustomers,    // create/update accounts and contacts
  kWriteActivity,     // log touchpoints and survey responses
  kWriteRevenue,      // contracts (and so revenue movements)
  kDeleteRecords,     // delete accounts, contacts, contracts, touchpoints, surveys
  kImport,            // CSV import
  kManageUsers,       // create users, change roles
  kReadAudit,         // read the audit log
  kManageSources,     // event sources and write keys, the live event stream (raw events)
  kConfigureUsage,    // the mapping of event names to product features
  kConfigureSuccess,  // success-plan templates, journey stages and rules, fit and self-sufficiency
                      // criteria
};

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);
bool Allows(Role role, Permission permission);
// The names of what the role may do ("write_customers", ...), for the console, which offers only
// the actions the server will take.
std::vector<std::string_view> PermissionNames(Role role);

}  // namespace banso::auth
