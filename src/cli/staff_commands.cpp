// banso user create | list | disable | enable | set-role | reset-password | end-sessions | unlock
// banso token create | list | revoke
// Staff management from the shell, for the operator who has no admin left to sign in with or
// offboards from a script: the same AuthService calls as the Staff page, audited as "cli".
#include <functional>
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

// The options the user and token subcommands read (one subcommand runs per process).
std::string email, role = "csm", password, token_name;
auth::NewUser new_user;
long long token_id = 0;

// A subcommand acting on the user named by --email; `act` does it and says what it did.
CLI::App* AddUserAction(CLI::App* user_cmd, GlobalOptions& global, const std::string& name,
                        const std::string& help,
                        std::function<std::string(app::App&, const auth::User&)> act) {
  CLI::App* cmd = user_cmd->add_subcommand(name, help);
  cmd->add_option("--email", email)->required();
  cmd->callback([&global, act] {
    global.run = [&global, act] {
      app::App a = OpenApp(global);
      std::cout << act(a, UserByEmail(a, email));
      return 0;
    };
  });
  return cmd;
}

// An operator's change to one user, applied to the version just read.
std::string Change(app::App& a, const auth::User& u, const auth::UserChange& change,
                   const std::string& done) {
  a.auth().UpdateUser(kCli, u.id, u.version, change);
  return done + " <" + u.email + ">\n";
}

}  // namespace

void AddStaffCommands(CLI::App& app, GlobalOptions& global) {
  CLI::App* user_cmd = app.add_subcommand("user", "Manage staff users")->require_subcommand(1);

  CLI::App* create = user_cmd->add_subcommand("create", "Create a staff user");
  create->add_option("--email", new_user.email)->required();
  create->add_option("--name", new_user.name)->required();
  create->add_option("--role", role, "admin, manager, csm, marketer or viewer");
  create->add_option("--language", new_user.language, "ja or en");
  create->add_option("--password", new_user.password,
                     "at least 12 characters; without it one is made and printed");
  create->callback([&global] {
    global.run = [&global] {
      new_user.role = RoleOption(role);
      bool generated = new_user.password.empty();
      if (generated) new_user.password = auth::RandomPassword(new_user.email);
      app::App a = OpenApp(global);
      auto created = a.auth().CreateUser(kCli, new_user);
      std::cout << "created user " << created.id.value << " <" << created.email << ">\n";
      if (generated) std::cout << "one-time password: " << new_user.password << "\n";
      return 0;
    };
  });

  CLI::App* list = user_cmd->add_subcommand(
      "list", "List staff users: id, email, role, state, last sign-in, name");
  list->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      for (const auth::User& u : a.auth().ListUsers())
        std::cout << u.id.value << "\t" << u.email << "\t" << auth::RoleName(u.role) << "\t"
                  << (u.disabled ? "disabled" : "active") << "\t" << Time(u.last_sign_in_at) << "\t"
                  << u.name << "\n";
      return 0;
    };
  });

  AddUserAction(user_cmd, global, "disable",
                "Disable a user: their sessions, tokens and streams end at once",
                [](app::App& a, const auth::User& u) {
                  auth::UserChange change;
                  change.disabled = true;
                  return Change(a, u, change, "disabled");
                });
  AddUserAction(user_cmd, global, "enable", "Enable a disabled user again",
                [](app::App& a, const auth::User& u) {
                  auth::UserChange change;
                  change.disabled = false;
                  return Change(a, u, change, "enabled");
                });
  AddUserAction(user_cmd, global, "set-role", "Change a user's role",
                [](app::App& a, const auth::User& u) {
                  auth::UserChange change;
                  change.role = RoleOption(role);
                  return Change(a, u, change, "role set to " + role + " for");
                })
      ->add_option("--role", role, "admin, manager, csm, marketer or viewer")
      ->required();
  AddUserAction(user_cmd, global, "reset-password", "Set a new password; the user's sessions end",
                [](app::App& a, const auth::User& u) {
                  bool generated = password.empty();
                  if (generated) password = auth::RandomPassword(u.email);
                  a.auth().ResetPassword(kCli, u.id, password);
                  return "password reset for <" + u.email + ">\n" +
                         (generated ? "one-time password: " + password + "\n" : "");
                })
      ->add_option("--password", password,
                   "at least 12 characters; without it one is made and printed");
  AddUserAction(user_cmd, global, "end-sessions", "Sign a user out everywhere",
                [](app::App& a, const auth::User& u) {
                  return "ended " + std::to_string(a.auth().EndSessions(kCli, u.id)) +
                         " session(s) of <" + u.email + ">\n";
                });
  AddUserAction(user_cmd, global, "unlock", "Clear the delay that failed sign-ins put on a user",
                [](app::App& a, const auth::User& u) {
                  a.auth().ClearSignInLock(kCli, u.id);
                  return "sign-in delay cleared for <" + u.email + ">\n";
                });

  CLI::App* token = app.add_subcommand("token", "Manage API tokens")->require_subcommand(1);
  CLI::App* token_create =
      token->add_subcommand("create", "Create an API token; prints it on its own line");
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

  CLI::App* token_list = token->add_subcommand(
      "list", "List a user's tokens: id, prefix, state, last used, expires, name");
  token_list->add_option("--email", email, "the tokens' user")->required();
  token_list->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      for (const auth::ApiToken& t : a.auth().ListApiTokens(UserByEmail(a, email).id))
        std::cout << t.id.value << "\t" << t.prefix << "…\t"
                  << (t.revoked_at ? "revoked" : "active") << "\t" << Time(t.last_used_at) << "\t"
                  << Time(t.expires_at) << "\t" << t.name << "\n";
      return 0;
    };
  });

  CLI::App* token_revoke =
      token->add_subcommand("revoke", "Revoke a token (and the tokens made with it)");
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
