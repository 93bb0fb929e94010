// What the recording pane's drawing keeps between frames beside session::RecordingState: the
// path fields of its forms, the transcript search, the cue kept in view and the pane's tab.
#pragma once

#include <string>

namespace coachscope::ui {

struct RecordingView {
  std::string mediaInput;  // path fields of the "open a recording" form
  std::string transcriptInput;
  std::string relinkInput;
  std::string search;
  bool followPlayback = true;  // keep the current cue in view
  int shownCue = -2;           // the cue scrolled into view last
  int shownTranscript = -1;    // session::RecordingState::transcriptLoads when it was
  std::string exportPath;
  std::string exportMessage;
  int tab = 0;  // 0 transcript, 1 speakers, 2 hints
};

}  // namespace coachscope::ui
