#include "media/media_player.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <fmt/format.h>
#include <mpv/client.h>
#include <mpv/render_gl.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>
#include <vector>

#include "media/gl_functions.h"

namespace coachscope::media {
namespace {

// Reply ids of observed properties.
enum Observed : std::uint64_t {
  kTimePos = 1, kDuration, kPause, kEofReached, kSeeking, kDisplayWidth, kDisplayHeight, kFps, kSpeed, kVolume,
  kMute, kVideoTrack, kAudioTrack,
};

void* procAddress(void*, const char* name) { return glProcAddress(name); }

void onRenderUpdate(void* context) { static_cast<std::atomic<bool>*>(context)->store(true); }

// GL state mpv's renderer may change and the rest of the frame relies on.
struct SavedGlState {
  GLint framebuffer = 0, readFramebuffer = 0, viewport[4] = {}, program = 0, texture = 0, activeTexture = 0,
        arrayBuffer = 0, vertexArray = 0, unpackAlignment = 4;
  GLboolean scissor = GL_FALSE, blend = GL_FALSE;
  SavedGlState() {
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &framebuffer);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFramebuffer);
    glGetIntegerv(GL_VIEWPORT, viewport);
    glGetIntegerv(GL_CURRENT_PROGRAM, &program);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &activeTexture);
    glActiveTexture(GL_TEXTURE0);
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &arrayBuffer);
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vertexArray);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &unpackAlignment);
    scissor = glIsEnabled(GL_SCISSOR_TEST);
    blend = glIsEnabled(GL_BLEND);
  }
  ~SavedGlState() {
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(framebuffer));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(readFramebuffer));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    glUseProgram(static_cast<GLuint>(program));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(texture));
    glActiveTexture(static_cast<GLenum>(activeTexture));
    glBindBuffer(GL_ARRAY_BUFFER, static_cast<GLuint>(arrayBuffer));
    glBindVertexArray(static_cast<GLuint>(vertexArray));
    glPixelStorei(GL_UNPACK_ALIGNMENT, unpackAlignment);
    scissor ? glEnable(GL_SCISSOR_TEST) : glDisable(GL_SCISSOR_TEST);
    blend ? glEnable(GL_BLEND) : glDisable(GL_BLEND);
  }
};

// Video larger than this is scaled down into the texture: the pane never shows more, and a
// smaller texture keeps software GL fast.
constexpr int kMaxTextureWidth = 1280;

}  // namespace

core::Result<std::unique_ptr<MediaPlayer>> MediaPlayer::create(const PlayerOptions& options) {
  mpv_handle* handle = mpv_create();
  if (!handle) return core::Error{"libmpv", "", "cannot start the media player"};
  auto set = [&](const char* name, const char* value) { mpv_set_option_string(handle, name, value); };
  set("vo", "libmpv");
  set("hwdec", options.hardwareDecoding ? "auto-safe" : "no");
  if (!options.audioOutput.empty()) set("ao", options.audioOutput.c_str());
  set("idle", "yes");
  set("keep-open", "yes");          // stay on the last frame at the end, so the clock stays valid
  set("pause", "yes");
  set("hr-seek", "yes");            // every seek lands on the exact frame
  set("audio-pitch-correction", "yes");  // speed changes keep the voice's pitch (scaletempo)
  set("audio-display", "no");       // cover art in an audio file is not a video
  set("input-default-bindings", "no");
  set("input-vo-keyboard", "no");
  set("osc", "no");
  set("terminal", "no");
  set("sub-auto", "no");            // the transcript is shown by us, not burnt into the video
  // The texture is drawn at the video's own size, so no scaler runs; skip the costly extras
  // (dithering, debanding, peak detection) that matter little in a review pane and a lot on
  // software OpenGL.
  set("dither-depth", "no");
  set("deband", "no");
  set("hdr-compute-peak", "no");
  set("correct-downscaling", "no");
  set("linear-downscaling", "no");
  set("sigmoid-upscaling", "no");
  set("scale", "bilinear");
  set("dscale", "bilinear");
  set("cscale", "bilinear");
  if (mpv_initialize(handle) < 0) {
    mpv_terminate_destroy(handle);
    return core::Error{"libmpv", "", "the media player failed to initialise"};
  }
  mpv_request_log_messages(handle, "error");
  return std::unique_ptr<MediaPlayer>(new MediaPlayer(handle));
}

MediaPlayer::MediaPlayer(mpv_handle* handle) : mpv_(handle) {
  mpv_observe_property(mpv_, kTimePos, "time-pos", MPV_FORMAT_DOUBLE);
  mpv_observe_property(mpv_, kDuration, "duration", MPV_FORMAT_DOUBLE);
  mpv_observe_property(mpv_, kPause, "pause", MPV_FORMAT_FLAG);
  mpv_observe_property(mpv_, kEofReached, "eof-reached", MPV_FORMAT_FLAG);
  mpv_observe_property(mpv_, kSeeking, "seeking", MPV_FORMAT_FLAG);
  mpv_observe_property(mpv_, kDisplayWidth, "dwidth", MPV_FORMAT_INT64);
  mpv_observe_property(mpv_, kDisplayHeight, "dheight", MPV_FORMAT_INT64);
  mpv_observe_property(mpv_, kFps, "container-fps", MPV_FORMAT_DOUBLE);
  mpv_observe_property(mpv_, kSpeed, "speed", MPV_FORMAT_DOUBLE);
  mpv_observe_property(mpv_, kVolume, "volume", MPV_FORMAT_DOUBLE);
  mpv_observe_property(mpv_, kMute, "mute", MPV_FORMAT_FLAG);
  mpv_observe_property(mpv_, kVideoTrack, "current-tracks/video/id", MPV_FORMAT_INT64);
  mpv_observe_property(mpv_, kAudioTrack, "current-tracks/audio/id", MPV_FORMAT_INT64);
}

MediaPlayer::~MediaPlayer() {
  // The render context goes first, with the GL context still current (the UI tears down the
  // player before the window).
  if (render_) mpv_render_context_free(render_);
  if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
  if (texture_) glDeleteTextures(1, &texture_);
  mpv_terminate_destroy(mpv_);
}

void MediaPlayer::command(std::initializer_list<const char*> args) {
  std::vector<const char*> argv(args);
  argv.push_back(nullptr);
  mpv_command_async(mpv_, 0, argv.data());
}

void MediaPlayer::open(const std::filesystem::path& path, double startSeconds) {
  state_ = PlaybackState{};
  state_.path = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    state_.failed = true;
    state_.error = fmt::format("{}: the recording is not there (moved, renamed or on a drive not connected)", path.string());
    return;
  }
  if (std::filesystem::is_directory(path, ec)) {
    state_.failed = true;
    state_.error = fmt::format("{}: is a folder, not a recording", path.string());
    return;
  }
  pendingPath_ = path.string();
  pendingStart_ = std::max(0.0, startSeconds);
  framePosition_ = pendingStart_;
  pendingLoad_ = true;
  seekTarget_ = -1;
  deferredFrameSteps_ = 0;
}

void MediaPlayer::createRenderContext() {
  mpv_opengl_init_params glInit{procAddress, nullptr};
  int advanced = 0;
  mpv_render_param params[] = {{MPV_RENDER_PARAM_API_TYPE, const_cast<char*>(MPV_RENDER_API_TYPE_OPENGL)},
                               {MPV_RENDER_PARAM_OPENGL_INIT_PARAMS, &glInit},
                               {MPV_RENDER_PARAM_ADVANCED_CONTROL, &advanced},
                               {MPV_RENDER_PARAM_INVALID, nullptr}};
  if (mpv_render_context_create(&render_, mpv_, params) < 0) {
    render_ = nullptr;
    renderUnavailable_ = true;
    return;
  }
  mpv_render_context_set_update_callback(render_, onRenderUpdate, &frameDue_);
}

void MediaPlayer::startLoad() {
  pendingLoad_ = false;
  // Without a render context there is nowhere to show video: play the sound only.
  mpv_set_property_string(mpv_, "vid", render_ ? "auto" : "no");
  const std::string start = fmt::format("start={:.6f}", pendingStart_);
  command({"loadfile", pendingPath_.c_str(), "replace", start.c_str()});
}

void MediaPlayer::update(bool glAvailable) {
  if (glAvailable && !render_ && !renderUnavailable_) {
    SavedGlState saved;
    createRenderContext();
  }
  if (pendingLoad_) startLoad();
  while (true) {
    mpv_event* event = mpv_wait_event(mpv_, 0);
    if (event->event_id == MPV_EVENT_NONE) break;
    handleEvent(*event);
  }
  framePosition_ = currentPosition();
}

void MediaPlayer::handleEvent(const mpv_event& event) {
  switch (event.event_id) {
    case MPV_EVENT_FILE_LOADED:
      state_.loaded = true;
      state_.failed = false;
      state_.error.clear();
      break;
    case MPV_EVENT_END_FILE: {
      const auto* end = static_cast<const mpv_event_end_file*>(event.data);
      if (end->reason == MPV_END_FILE_REASON_ERROR) {
        state_.loaded = false;
        state_.failed = true;
        state_.error = fmt::format("{}: cannot play this file ({})", state_.path, mpv_error_string(end->error));
      }
      break;
    }
    // A restart ends our seek only once mpv has begun it: the restart that follows loading a
    // file can arrive after a seek was asked for.
    case MPV_EVENT_SEEK: seekStarted_ = true; break;
    case MPV_EVENT_PLAYBACK_RESTART:
      if (seekStarted_) {
        seekTarget_ = -1;
        sendDeferredFrameSteps();
      }
      break;
    case MPV_EVENT_PROPERTY_CHANGE: {
      const auto* property = static_cast<const mpv_event_property*>(event.data);
      const bool has = property->format != MPV_FORMAT_NONE && property->data;
      auto number = [&] { return has ? *static_cast<double*>(property->data) : 0.0; };
      auto flag = [&] { return has && *static_cast<int*>(property->data) != 0; };
      auto integer = [&] { return has ? static_cast<int>(*static_cast<std::int64_t*>(property->data)) : 0; };
      switch (event.reply_userdata) {
        case kTimePos: if (has) state_.position = number(); break;
        case kDuration: state_.duration = number(); break;
        case kPause: state_.paused = flag(); break;
        case kEofReached: state_.ended = flag(); break;
        case kSeeking: state_.seeking = flag(); break;
        case kDisplayWidth: state_.videoWidth = integer(); break;
        case kDisplayHeight: state_.videoHeight = integer(); break;
        case kFps: state_.fps = number(); break;
        case kSpeed: if (has) state_.speed = number(); break;
        case kVolume: if (has) state_.volume = number(); break;
        case kMute: state_.muted = flag(); break;
        case kVideoTrack: state_.hasVideo = has; break;
        case kAudioTrack: state_.hasAudio = has; break;
        default: break;
      }
      break;
    }
    case MPV_EVENT_LOG_MESSAGE: {
      const auto* message = static_cast<const mpv_event_log_message*>(event.data);
      // Keep the last error mpv reports, so a failed open can say more than "loading failed".
      if (!state_.loaded && message->text) {
        std::string text = message->text;
        while (!text.empty() && text.back() == '\n') text.pop_back();
        if (!text.empty()) state_.error = fmt::format("{}: {}", state_.path, text);
      }
      break;
    }
    default: break;
  }
}

unsigned MediaPlayer::renderVideo() {
  if (!render_ || !frameDue_.exchange(false)) return texture_;
  if (!(mpv_render_context_update(render_) & MPV_RENDER_UPDATE_FRAME)) return texture_;
  int width = state_.videoWidth, height = state_.videoHeight;
  if (width <= 0 || height <= 0) {
    std::int64_t w = 0, h = 0;
    mpv_get_property(mpv_, "dwidth", MPV_FORMAT_INT64, &w);
    mpv_get_property(mpv_, "dheight", MPV_FORMAT_INT64, &h);
    width = static_cast<int>(w);
    height = static_cast<int>(h);
  }
  if (width <= 0 || height <= 0) return texture_;
  if (width > kMaxTextureWidth) {
    height = height * kMaxTextureWidth / width;
    width = kMaxTextureWidth;
  }
  SavedGlState saved;
  if (width != textureWidth_ || height != textureHeight_) {
    if (!texture_) glGenTextures(1, &texture_);
    if (!framebuffer_) glGenFramebuffers(1, &framebuffer_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
    textureWidth_ = width;
    textureHeight_ = height;
  }
  mpv_opengl_fbo fbo{static_cast<int>(framebuffer_), width, height, 0};
  int flipY = 0;        // ImGui samples the texture top row first: keep mpv's top-down rows
  int blockForTarget = 0;  // never wait for the frame's display time: the UI loop must not stall
  mpv_render_param params[] = {{MPV_RENDER_PARAM_OPENGL_FBO, &fbo},
                               {MPV_RENDER_PARAM_FLIP_Y, &flipY},
                               {MPV_RENDER_PARAM_BLOCK_FOR_TARGET_TIME, &blockForTarget},
                               {MPV_RENDER_PARAM_INVALID, nullptr}};
  mpv_render_context_render(render_, params);
  ++framesRendered_;
  return texture_;
}

void MediaPlayer::play() {
  if (state_.ended) seekTo(0);
  int no = 0;
  mpv_set_property_async(mpv_, 0, "pause", MPV_FORMAT_FLAG, &no);
  state_.paused = false;
}

void MediaPlayer::pause() {
  int yes = 1;
  mpv_set_property_async(mpv_, 0, "pause", MPV_FORMAT_FLAG, &yes);
  state_.paused = true;
}

void MediaPlayer::togglePause() { state_.paused ? play() : pause(); }

void MediaPlayer::seekTo(double seconds) {
  if (state_.duration > 0) seconds = std::min(seconds, state_.duration);
  seconds = std::max(0.0, seconds);
  const std::string target = fmt::format("{:.6f}", seconds);
  command({"seek", target.c_str(), "absolute+exact"});
  seekTarget_ = seconds;
  seekStarted_ = false;
  deferredFrameSteps_ = 0;  // a new seek replaces steps asked for relative to the old one
  state_.position = seconds;
  framePosition_ = seconds;
  state_.ended = false;
}

void MediaPlayer::seekBy(double seconds) { seekTo(currentPosition() + seconds); }

void MediaPlayer::setSpeed(double speed) {
  speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
  mpv_set_property_async(mpv_, 0, "speed", MPV_FORMAT_DOUBLE, &speed);
  state_.speed = speed;
}

// mpv swallows a frame step sent while an exact seek is still under way, so a step asked for
// then (a tutor pressing '.' right after a click on the timeline) waits for the seek to land.
void MediaPlayer::frameStep() { stepFrames(+1); }
void MediaPlayer::frameBackStep() { stepFrames(-1); }

void MediaPlayer::stepFrames(int direction) {
  if (seekTarget_ >= 0) {
    deferredFrameSteps_ += direction;
    return;
  }
  command({direction > 0 ? "frame-step" : "frame-back-step"});
}

void MediaPlayer::sendDeferredFrameSteps() {
  const int steps = deferredFrameSteps_;
  deferredFrameSteps_ = 0;
  for (int i = 0; i < std::abs(steps); ++i) command({steps > 0 ? "frame-step" : "frame-back-step"});
}

void MediaPlayer::setVolume(double volume) {
  volume = std::clamp(volume, 0.0, 100.0);
  mpv_set_property_async(mpv_, 0, "volume", MPV_FORMAT_DOUBLE, &volume);
  state_.volume = volume;
}

void MediaPlayer::setMuted(bool muted) {
  int flag = muted ? 1 : 0;
  mpv_set_property_async(mpv_, 0, "mute", MPV_FORMAT_FLAG, &flag);
  state_.muted = muted;
}

double MediaPlayer::currentPosition() const {
  if (seekTarget_ >= 0) return seekTarget_;
  double position = 0;
  if (state_.loaded && mpv_get_property(mpv_, "time-pos", MPV_FORMAT_DOUBLE, &position) >= 0) return position;
  return state_.position;
}

}  // namespace coachscope::media
