// The "Export report" popup writes the report of the current observation or record where the
// user chose, and says where it went.
#include <catch_compat.hpp>

#include "builtin_catalog.h"
#include <imgui.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "harness.h"
#include "ui/report_export.h"
#include "test_paths.h"

using namespace coachscope;

namespace {

const std::string kFixtures = std::string(COACHSCOPE_TEST_FIXTURES) + "/reports/";

std::string readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The id path of a widget inside the popup opened from the "host" window.
std::string inPopup(test::HeadlessUi& ui, const std::string& widget) {
  char name[32];
  std::snprintf(name, sizeof name, "##Popup_%08x", ui.id("host/Export report##popup"));
  return std::string(name) + "/" + widget;
}

}  // namespace

TEST_CASE("report: the export popup writes the observation's feedback report and shows where") {
  ui::AppState state;
  state.catalog.addBuiltIns();
  auto observation = store::loadObservationFile(kFixtures + "session-feedback.observation.json", coachscope::testing::builtInCatalog());
  REQUIRE(observation.ok());
  const std::filesystem::path workspace = std::filesystem::path(COACHSCOPE_TEST_TMP) / "report-ui" / "feedback";
  std::filesystem::remove_all(workspace);

  test::HeadlessUi ui([&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(900, 600));
    ImGui::Begin("host");
    ui::drawObservationExport(state, *observation, workspace);
    ImGui::End();
  });
  ui.frame();
  ui.click("host/Export report...##report");
  CHECK(ui.shows("Session feedback report"));
  const auto expected = workspace / "reports" / "priya-raman-2026-11-12-feedback.html";
  CHECK(state.reportExport.path == expected.string());

  ui.click(inPopup(ui, "PDF"));
  CHECK(state.reportExport.path == (workspace / "reports" / "priya-raman-2026-11-12-feedback.pdf").string());
  ui.click(inPopup(ui, "HTML (web page, prints well)"));
  ui.click(inPopup(ui, "Export##write"));
  REQUIRE(std::filesystem::exists(expected));
  const std::string html = readAll(expected);
  CHECK(html.find("<h1>Priya Raman</h1>") != std::string::npos);
  CHECK(ui.shows("Written to " + expected.string()));
  REQUIRE_FALSE(state.notices.empty());
  CHECK(state.notices.back().text == "Report written to " + expected.string());
}

TEST_CASE("report: the export popup writes a learner's coaching log CSV, and says why when it cannot") {
  ui::AppState state;
  state.catalog.addBuiltIns();
  auto record = store::loadRecordFile(kFixtures + "progress.record.json");
  REQUIRE(record.ok());
  const std::filesystem::path workspace = std::filesystem::path(COACHSCOPE_TEST_TMP) / "report-ui" / "record";
  std::filesystem::remove_all(workspace);

  test::HeadlessUi ui([&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(900, 600));
    ImGui::Begin("host");
    ui::drawRecordExport(state, *record, workspace);
    ImGui::End();
  });
  ui.frame();
  ui.click("host/Export report...##report");
  ui.click(inPopup(ui, "Coaching log, CSV (spreadsheet)"));
  const std::filesystem::path csv = state.reportExport.path;
  CHECK(csv.extension() == ".csv");
  CHECK(csv.filename().string().rfind("priya-raman-", 0) == 0);
  ui.click(inPopup(ui, "Export##write"));
  REQUIRE(std::filesystem::exists(csv));
  CHECK(readAll(csv).rfind("\xEF\xBB\xBF" "Coaching log,Priya Raman,", 0) == 0);

  // A folder where the file should be: the export fails, the popup and a notice say why.
  std::filesystem::create_directories(workspace / "taken.html");
  state.reportExport.path = (workspace / "taken.html").string();
  ui.click(inPopup(ui, "Progress report, HTML"));
  ui.click(inPopup(ui, "Export##write"));
  CHECK_FALSE(state.reportExport.error.empty());
  CHECK(state.notices.back().level == ui::Notice::Level::Error);
  CHECK(state.notices.back().text.find("taken.html") != std::string::npos);
}
