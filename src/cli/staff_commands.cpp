// banso user create | list | disable | enable | set-role | reset-password | end-sessions | unlock
// banso token create | list | revoke
// Staff management from the shell, for the operator who has no admin left to sign in with or
// offboards from a script: the same AuthService calls as the Staff page, audited as "cli".
#include <iostream>

#include "app/app.h"
#include "auth/password_policy.h"
#include "cli/commands.h"
#include "core/error.h"

namespace banso::cli {
namespace {

const auth::Actor kCli = auth::Actor::System("cli");

auth::User UserByEmail(app::App& a, const std::string& email) {
  auto user = a.auth().FindUserByEmail(email);
  if (!user) throw NotFound("no user with email " + email);
  return *user;
}

auth::Role RoleOption(const std::string& role) {
  auto r = auth::ParseRole(role);
  if (!r) throw Invalid("role", "must be admin, manager, csm, marketer or viewer");
  return *r;
}

std::string Time(const std::optional<Timestamp>& t) { return t ? t->ToString() : "-"; }

// An operator's change to one user, applied to the version read just before.
void ChangeUser(const GlobalOptions& global, const std::string& email, const auth::UserChange& change,
                const std::string& done) {
  app::App a = OpenApp(global);
  auth::User user = UserByEmail(a, email);
  a.auth().UpdateUser(kCli, user.id, user.version, change);
  std::cout << done << " <" << user.email << ">\n";
}

}  // namespace

void AddStaffCommands(CLI::App& app, GlobalOptions& global) {
  CLI::App* user_cmd = app.add_subcommand("user", "Manage staff users")->require_subcommand(1);
  static std::string email, role = "csm", password;

  static auth::NewUser user;
  CLI::App* create = user_cmd->add_subcommand("create", "Create a staff user");
  create->add_option("--email", user.email)->required();
  create->add_option("--name", user.name)->required();
  create->add_option("--role", role, "admin, manager, csm, marketer or viewer");
  create->add_option("--language", user.language, "ja or en");
  create->add_option("--password", user.password, "at least 12 characters; without it one is made and printed");
  create->callback([&global] {
    global.run = [&global] {
      user.role = RoleOption(role);
      bool generated = user.password.empty();
      if (generated) user.password = auth::RandomPassword(user.email);
      app::App a = OpenApp(global);
      auto created = a.auth().CreateUser(kCli, user);
      std::cout << "created user " << created.id.value << " <" << created.email << ">\n";
      if (generated) std::cout << "one-time password: " << user.password << "\n";
      return 0;
    };
  });

  CLI::App* list = user_cmd->add_subcommand("list", "List staff users: id, email, role, state, last sign-in, name");
  list->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      for (const auth::User& u : a.auth().ListUsers())
        std::cout << u.id.value << "\t" << u.email << "\t" << auth::RoleName(u.role) << "\t"
                  << (u.disabled ? "disabled" : "active") << "\t" << Time(u.last_sign_in_at) << "\t" << u.name << "\n";
      return 0;
    };
  });

  CLI::App* disable = user_cmd->add_subcommand("disable", "Disable a user: their sessions, tokens and streams end at once");
  disable->add_option("--email", email)->required();
  disable->callback([&global] {
    global.run = [&global] {
      auth::UserChange change;
      change.disabled = true;
      ChangeUser(global, email, change, "disabled");
      return 0;
    };
  });

  CLI::App* enable = user_cmd->add_subcommand("enable", "Enable a disabled user again");
  enable->add_option("--email", email)->required();
  enable->callback([&global] {
    global.run = [&global] {
      auth::UserChange change;
      change.disabled = false;
      ChangeUser(global, email, change, "enabled");
      return 0;
    };
  });

  CLI::App* set_role = user_cmd->add_subcommand("set-role", "Change a user's role");
  set_role->add_option("--email", email)->required();
  set_role->add_option("--role", role, "admin, manager, csm, marketer or viewer")->required();
  set_role->callback([&global] {
    global.run = [&global] {
      auth::UserChange change;
      change.role = RoleOption(role);
      ChangeUser(global, email, change, "role set to " + role + " for");
      return 0;
    };
  });

  CLI::App* reset = user_cmd->add_subcommand("reset-password", "Set a new password; the user's sessions end");
  reset->add_option("--email", email)->required();
  reset->add_option("--password", password, "at least 12 characters; without it one is made and printed");
  reset->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      auth::User u = UserByEmail(a, email);
      bool generated = password.empty();
      if (generated) password = auth::RandomPassword(u.email);
      a.auth().ResetPassword(kCli, u.id, password);
      std::cout << "password reset for <" << u.email << ">\n";
      if (generated) std::cout << "one-time password: " << password << "\n";
      return 0;
    };
  });

  CLI::App* end = user_cmd->add_subcommand("end-sessions", "Sign a user out everywhere");
  end->add_option("--email", email)->required();
  end->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      auth::User u = UserByEmail(a, email);
      std::cout << "ended " << a.auth().EndSessions(kCli, u.id) << " session(s) of <" << u.email << ">\n";
      return 0;
    };
  });

  CLI::App* unlock = user_cmd->add_subcommand("unlock", "Clear the delay that failed sign-ins put on a user");
  unlock->add_option("--email", email)->required();
  unlock->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      auth::User u = UserByEmail(a, email);
      a.auth().ClearSignInLock(kCli, u.id);
      std::cout << "sign-in delay cleared for <" << u.email << ">\n";
      return 0;
    };
  });

  CLI::App* token = app.add_subcommand("token", "Manage API tokens")->require_subcommand(1);
  static std::string token_name;
  CLI::App* token_create = token->add_subcommand("create", "Create an API token; prints it on its own line");
  token_create->add_option("--email", email, "the user the token acts as")->required();
  token_create->add_option("--name", token_name, "what the token is for")->required();
  token_create->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      auto [secret, rec] = a.auth().CreateApiToken(kCli, UserByEmail(a, email).id, token_name);
      std::cout << secret << "\n";
      return 0;
    };
  });

  CLI::App* token_list = token->add_subcommand("list", "List a user's tokens: id, prefix, state, last used, expires, name");
  token_list->add_option("--email", email, "the tokens' user")->required();
  token_list->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      for (const auth::ApiToken& t : a.auth().ListApiTokens(UserByEmail(a, email).id))
        std::cout << t.id.value << "\t" << t.prefix << "…\t" << (t.revoked_at ? "revoked" : "active") << "\t"
                  << Time(t.last_used_at) << "\t" << Time(t.expires_at) << "\t" << t.name << "\n";
      return 0;
    };
  });

  static long long token_id = 0;
  CLI::App* token_revoke = token->add_subcommand("revoke", "Revoke a token (and the tokens made with it)");
  token_revoke->add_option("id", token_id, "the token's id (see `banso token list`)")->required();
  token_revoke->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      a.auth().RevokeApiToken(kCli, ApiTokenId(token_id));
      std::cout << "token " << token_id << " revoked\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
