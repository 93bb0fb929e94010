// What the Calibrate tab's drawing keeps between frames beside session::CalibrationState: the
// path being typed, and where each timeline mark was drawn so a click can find it.
#pragma once

#include <string>
#include <vector>

namespace coachscope::ui {

// Where a timeline mark was drawn last frame.
struct TimelineTarget {
  float x = 0, y = 0, radius = 0;
  double time = 0;
  std::string id;  // event or note id
};

struct CalibrationView {
  std::string pathInput;
  std::vector<TimelineTarget> targets;
};

}  // namespace coachscope::ui
