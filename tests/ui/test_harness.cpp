// The harness itself: a click that a person could not make fails the test — a mistyped path, a
// disabled button, a button under a modal — and a real one works.
#include <catch_compat.hpp>

#include <imgui.h>

#include <stdexcept>

#include "harness.h"

using coachscope::test::HeadlessUi;

TEST_CASE("harness: clicking a missing, disabled or covered widget fails, and a real click works") {
  int pressed = 0;
  bool disabled = true;
  bool modal = false;
  HeadlessUi ui([&] {
    ImGui::Begin("panel");
    if (ImGui::Button("Press me")) ++pressed;
    ImGui::BeginDisabled(disabled);
    if (ImGui::Button("Greyed")) ++pressed;
    ImGui::EndDisabled();
    ImGui::End();
    if (modal) ImGui::OpenPopup("Question");
    if (ImGui::BeginPopupModal("Question", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
      if (ImGui::Button("Answer")) modal = false, ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
  });
  ui.frame(2);
  ui.click("panel/Press me");
  CHECK(pressed == 1);
  CHECK_THROWS_AS(ui.click("panel/Press me too"), std::runtime_error);  // a typo
  CHECK_THROWS_AS(ui.click("panel/Greyed"), std::runtime_error);        // disabled
  CHECK(pressed == 1);
  disabled = false;
  ui.frame();
  ui.click("panel/Greyed");
  CHECK(pressed == 2);
  modal = true;
  ui.frame(2);
  CHECK_THROWS_AS(ui.click("panel/Press me"), std::runtime_error);  // under the modal
  CHECK(pressed == 2);
  ui.click("Question/Answer");
  ui.frame(2);
  ui.click("panel/Press me");
  CHECK(pressed == 3);
}
