// The session clock of a recorded session: now() is the media position, seek() moves playback,
// and typing a note pauses playback until the note is finished (when autopause is on).
#pragma once

#include <memory>

#include "core/session_clock.h"
#include "media/media_player.h"

namespace coachscope::media {

class MediaClock : public core::SessionClock {
 public:
  // The player is shared with the recording pane, which draws it; the clock may outlive neither.
  explicit MediaClock(std::shared_ptr<MediaPlayer> player, bool autopause = true);

  double now() const override;
  bool running() const override;
  void start() override;
  void pause() override;
  bool canSeek() const override { return true; }
  void seek(double seconds) override;
  void noteStarted() override;
  void noteFinished() override;

  void setAutopause(bool on) { autopause_ = on; }
  bool autopause() const { return autopause_; }

 private:
  std::shared_ptr<MediaPlayer> player_;
  bool autopause_ = true;
  bool pausedForNote_ = false;  // we paused it, so we resume it; a tutor's own pause stays
};

}  // namespace coachscope::media
