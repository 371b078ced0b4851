#include "auth/role.h"

namespace banso::auth {

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kManager: return "manager";
    case Role::kCsm: return "csm";
    case Role::kMarketer: return "marketer";
    case Role::kViewer: return "viewer";
  }
  return "viewer";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role r : {Role::kAdmin, Role::kManager, Role::kCsm, Role::kMarketer, Role::kViewer})
    if (RoleName(r) == name) return r;
  return std::nullopt;
}

std::vector<std::string_view> PermissionNames(Role role) {
  static constexpr std::pair<Permission, std::string_view> kNames[] = {
      {Permission::kSignedIn, "signed_in"},
      {Permission::kReadCustomers, "read_customers"},
      {Permission::kWriteCustomers, "write_customers"},
      {Permission::kWriteActivity, "write_activity"},
      {Permission::kWriteRevenue, "write_revenue"},
      {Permission::kDeleteRecords, "delete_records"},
      {Permission::kImport, "import"},
      {Permission::kManageUsers, "manage_users"},
      {Permission::kReadAudit, "read_audit"},
      {Permission::kManageSources, "manage_sources"},
      {Permission::kConfigureUsage, "configure_usage"},
      {Permission::kConfigureSuccess, "configure_success"},
  };
  std::vector<std::string_view> names;
  for (const auto& [permission, name] : kNames)
    if (Allows(role, permission)) names.push_back(name);
  return names;
}

bool Allows(Role role, Permission p) {
  switch (p) {
    case Permission::kSignedIn:
    case Permission::kReadCustomers: return true;
    case Permission::kWriteCustomers:
      return role == Role::kAdmin || role == Role::kManager || role == Role::kCsm;
    case Permission::kWriteActivity:
      // Marketers log webinars and survey results for the accounts they run programmes for.
      return role != Role::kViewer;
    case Permission::kWriteRevenue:
    case Permission::kDeleteRecords:
    case Permission::kImport: return role == Role::kAdmin || role == Role::kManager;
    case Permission::kConfigureUsage:
    case Permission::kConfigureSuccess: return role == Role::kAdmin || role == Role::kManager;
    case Permission::kManageUsers:
    case Permission::kReadAudit:
    case Permission::kManageSources: return role == Role::kAdmin;
  }
  return false;
}

}  // namespace banso::auth
