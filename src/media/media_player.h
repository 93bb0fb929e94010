// Plays one recording with libmpv and hands its video to the UI as an OpenGL texture (mpv's
// render API drawing into our framebuffer object). Never blocks the UI thread: commands are
// asynchronous, state arrives as mpv events drained once per frame, and a video frame is drawn
// only when mpv says a new one is due.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include "core/result.h"

struct mpv_handle;
struct mpv_render_context;
struct mpv_event;

namespace coachscope::media {

struct PlayerOptions {
  std::string audioOutput;       // mpv's "ao": empty = mpv's default; "null" where there is no sound card
  bool hardwareDecoding = false;  // mpv's "hwdec"
};

// What the player knows, refreshed by update().
struct PlaybackState {
  std::string path;
  bool loaded = false;     // the file is open and playing or paused
  bool failed = false;     // could not be opened or decoded; `error` says why
  std::string error;
  double position = 0;     // seconds
  double duration = 0;     // seconds, 0 while unknown
  bool paused = true;
  bool ended = false;      // reached the end (mpv keeps the last frame open)
  bool seeking = false;
  bool hasVideo = false;
  bool hasAudio = false;
  int videoWidth = 0;      // display size of the video, 0 for audio-only
  int videoHeight = 0;
  double fps = 0;          // container frame rate, 0 when unknown
  double speed = 1;
  double volume = 100;     // 0..100
  bool muted = false;
};

class MediaPlayer {
 public:
  static constexpr double kMinSpeed = 0.5;
  static constexpr double kMaxSpeed = 2.0;

  // Fails only when libmpv itself cannot start.
  static core::Result<std::unique_ptr<MediaPlayer>> create(const PlayerOptions& options = {});
  ~MediaPlayer();
  MediaPlayer(const MediaPlayer&) = delete;
  MediaPlayer& operator=(const MediaPlayer&) = delete;

  // Opens a file, paused at `startSeconds`. Errors (missing, unreadable, not media) arrive through
  // state().failed. With `withVideo` false the file plays audio only (no GL context needed).
  void open(const std::filesystem::path& path, double startSeconds = 0);

  // Once per UI frame: drains mpv's events. `glAvailable`: an OpenGL context is current, so the
  // video output can be set up (before the first open that needs it).
  void update(bool glAvailable);
  const PlaybackState& state() const { return state_; }

  // Draws the newest video frame into the player's texture when one is due; returns the GL
  // texture name (0 when there is no video yet). The GL context must be current.
  unsigned renderVideo();
  unsigned texture() const { return texture_; }
  int textureWidth() const { return textureWidth_; }
  int textureHeight() const { return textureHeight_; }
  // Frames drawn into the texture so far (tests and the benchmark read it).
  long framesRendered() const { return framesRendered_; }

  void play();
  void pause();
  void togglePause();
  void seekTo(double seconds);  // exact: lands on the frame at that time
  void seekBy(double seconds);
  void setSpeed(double speed);  // clamped to 0.5..2; pitch is kept (mpv's scaletempo)
  void frameStep();             // one video frame forward (pauses)
  void frameBackStep();
  void setVolume(double volume);  // 0..100
  void setMuted(bool muted);

  // The media position now, read from mpv (not the once-per-frame copy), or the target of a seek
  // still in flight. This is what notes and marker events are stamped with.
  double currentPosition() const;
  // The position read once in this frame's update(): for drawing, so a frame asks mpv once.
  double framePosition() const { return framePosition_; }

 private:
  explicit MediaPlayer(mpv_handle* handle);
  void handleEvent(const mpv_event& event);
  void createRenderContext();
  void command(std::initializer_list<const char*> args);
  void startLoad();
  void stepFrames(int direction);
  void sendDeferredFrameSteps();

  mpv_handle* mpv_ = nullptr;
  mpv_render_context* render_ = nullptr;
  bool renderUnavailable_ = false;
  std::atomic<bool> frameDue_{false};
  PlaybackState state_;
  std::string pendingPath_;
  double pendingStart_ = 0;
  bool pendingLoad_ = false;
  double seekTarget_ = -1;  // pending exact seek, -1 when none
  bool seekStarted_ = false;  // mpv has reported starting it (MPV_EVENT_SEEK)
  int deferredFrameSteps_ = 0;  // frame steps (negative: back) waiting for the seek to land
  unsigned framebuffer_ = 0;
  unsigned texture_ = 0;
  int textureWidth_ = 0;
  int textureHeight_ = 0;
  long framesRendered_ = 0;
  double framePosition_ = 0;
};

}  // namespace coachscope::media
