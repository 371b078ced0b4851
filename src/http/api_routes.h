#pragma once
// Each API resource adds its routes here (one file per resource: accounts_api.cpp, ...).
#include <vector>

#include "app/app.h"
#include "http/route.h"
#include "http/server.h"

namespace banso::http {

void AddSystemRoutes(std::vector<Route>& routes, app::App& app);
void AddAuthRoutes(std::vector<Route>& routes, app::App& app, const ServerOptions& options);
void AddUserRoutes(std::vector<Route>& routes, app::App& app);
void AddAccountRoutes(std::vector<Route>& routes, app::App& app);
void AddContactRoutes(std::vector<Route>& routes, app::App& app);
void AddTouchpointRoutes(std::vector<Route>& routes, app::App& app);
void AddTicketRoutes(std::vector<Route>& routes, app::App& app);
void AddSurveyRoutes(std::vector<Route>& routes, app::App& app);
void AddTimelineRoutes(std::vector<Route>& routes, app::App& app);
void AddContractRoutes(std::vector<Route>& routes, app::App& app);
void AddFxRateRoutes(std::vector<Route>& routes, app::App& app);
void AddRevenueMovementRoutes(std::vector<Route>& routes, app::App& app);
void AddRetentionRoutes(std::vector<Route>& routes, app::App& app);
void AddImportRoutes(std::vector<Route>& routes, app::App& app);
void AddExportRoutes(std::vector<Route>& routes, app::App& app);
void AddEventRoutes(std::vector<Route>& routes, app::App& app);
void AddSuccessPlanRoutes(std::vector<Route>& routes, app::App& app);
void AddRelationshipRoutes(std::vector<Route>& routes, app::App& app);
void AddSelfSufficiencyRoutes(std::vector<Route>& routes, app::App& app);
void AddJourneyRoutes(std::vector<Route>& routes, app::App& app);
void AddHandoffRoutes(std::vector<Route>& routes, app::App& app);
void AddHealthRoutes(std::vector<Route>& routes, app::App& app);
void AddTouchModelRoutes(std::vector<Route>& routes, app::App& app);
void AddSegmentRoutes(std::vector<Route>& routes, app::App& app);
void AddDashboardRoutes(std::vector<Route>& routes, app::App& app);

}  // namespace banso::http
