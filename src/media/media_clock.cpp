#include "media/media_clock.h"

namespace coachscope::media {

MediaClock::MediaClock(std::shared_ptr<MediaPlayer> player, bool autopause)
    : player_(std::move(player)), autopause_(autopause) {}

double MediaClock::now() const { return player_->currentPosition(); }

bool MediaClock::running() const { return !player_->state().paused; }

void MediaClock::start() {
  pausedForNote_ = false;
  player_->play();
}

void MediaClock::pause() {
  pausedForNote_ = false;
  player_->pause();
}

void MediaClock::seek(double seconds) { player_->seekTo(seconds); }

void MediaClock::noteStarted() {
  if (!autopause_ || player_->state().paused) return;
  player_->pause();
  pausedForNote_ = true;
}

void MediaClock::noteFinished() {
  if (!pausedForNote_) return;
  pausedForNote_ = false;
  player_->play();
}

}  // namespace coachscope::media
