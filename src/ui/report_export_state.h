// What the report export popup remembers between frames: the format and path being chosen and
// the last file written, so the popup can say where the report went.
#pragma once

#include <string>

namespace coachscope::ui {

struct ReportExportState {
  std::string subject;      // what the open popup exports (observation or learner id)
  int format = 0;           // index into the formats offered (HTML, PDF, Markdown, CSV)
  std::string path;         // where to write
  std::string lastWritten;  // the last report written, shown with a "Copy path" button
  std::string error;        // why the last export failed
};

}  // namespace coachscope::ui
