// The recording pane, headless: media generated at test time (ffmpeg), played with no sound card
// (ao=null) and no GL (audio only). The transcript follows playback and seeks on click, malformed
// files are reported without losing anything, speakers map to roles, moved media is relinked by
// size and hash, and the observer stamps events and notes with the media position.
#include <catch_compat.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <unistd.h>

#include "harness.h"
#include "ui/app_state.h"
#include "session/observer_session.h"
#include "ui/recording_pane.h"
#include "session/recording_session.h"
#include "ui/shell.h"
#include "test_paths.h"

using namespace coachscope;
using coachscope::test::HeadlessUi;

namespace {

const std::filesystem::path& testDir() {
  static const std::filesystem::path dir = [] {
    const std::filesystem::path d = std::filesystem::path(COACHSCOPE_TEST_TMP) / "recording-ui";
    std::filesystem::create_directories(d);
    setenv("COACHSCOPE_AUDIO_OUTPUT", "null", 1);
    return d;
  }();
  return dir;
}

// A 40-second tone, made once. CTest runs each test case as its own process in parallel, so it
// is written under a private name and renamed into place: no case ever opens a half-written file.
std::filesystem::path toneFile() {
  const std::filesystem::path path = testDir() / "tone.m4a";
  if (!std::filesystem::exists(path)) {
    const std::filesystem::path partial = testDir() / ("tone." + std::to_string(::getpid()) + ".partial.m4a");
    const std::string command = "ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i sine=frequency=300:duration=40 '" +
                                partial.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    std::filesystem::rename(partial, path);
  }
  return path;
}

std::filesystem::path writeFile(const std::string& name, const std::string& text) {
  const std::filesystem::path path = testDir() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const char* kTranscript =
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nJane: What would you like to work on today?\n\n"
    "2\n00:00:05.000 --> 00:00:12.000\nSam: Saying no at work without feeling guilty.\n\n"
    "3\n00:00:20.000 --> 00:00:24.000\nJane: Is that the real issue? Or something else?\n\n"
    "4\n00:00:23.000 --> 00:00:30.000\nSam: It is about being liked, I think.\n";

struct Fixture {
  ui::AppState state;
  HeadlessUi ui{[this] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(480, 1000));
    ImGui::Begin("rec", nullptr, ImGuiWindowFlags_NoSavedSettings);
    ui::drawRecordingPane(state);
    ImGui::End();
  }, ImVec2(480, 1000)};

  Fixture() { state.catalog.addBuiltIns(); }

  // Frames until `done`, at most about 20 s: mpv works on its own threads, and on a loaded
  // machine (CTest runs tests in parallel) opening a file can take several seconds.
  bool frameUntil(const std::function<bool()>& done) {
    for (int i = 0; i < 2000; ++i) {
      ui.frame();
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  media::MediaPlayer& player() { return *state.recording.player; }
  bool loaded() { return frameUntil([&] { return state.recording.player && player().state().loaded; }); }
  bool settledAt(double t) {
    return frameUntil([&] { return !player().state().seeking && std::abs(player().currentPosition() - t) < 0.05; });
  }
};

}  // namespace

TEST_CASE("recording: with nothing open the pane offers to open a recording and a transcript", "[recording-ui]") {
  Fixture f;
  CHECK(f.ui.shows("Open the recording of this session"));
  CHECK(f.ui.shows("No transcript."));
}

TEST_CASE("recording: the transcript follows the media and a click on a line seeks there", "[recording-ui]") {
  Fixture f;
  session::openRecording(f.state, toneFile(), writeFile("session.vtt", kTranscript));
  REQUIRE(f.loaded());
  CHECK(f.state.observer.clock);
  CHECK(f.state.observer.clock->canSeek());
  CHECK(f.ui.shows("Coach"));
  CHECK(f.ui.shows("Saying no at work without feeling guilty."));
  CHECK(f.ui.shows("audio 0:00"));

  // Clicking cue 3 (index 2) seeks to its start; the pane and the observer's clock agree.
  f.ui.click("rec/transcript-tabs/Transcript/cues/#2/cue");
  REQUIRE(f.settledAt(20.0));
  CHECK(f.state.observer.clock->now() == Approx(20.0).margin(0.05));
  CHECK(f.state.recording.transcript->cueIndexAt(f.player().framePosition() + 0.02) == 2);
  CHECK(f.ui.shows("0:20.0 / 0:40"));

  // Search narrows the list.
  f.state.recordingView.search = "liked";
  CHECK(f.ui.shows("1 of 4 cues match"));
  CHECK_FALSE(f.ui.shows("without feeling guilty"));
}

TEST_CASE("recording: transport buttons jump 5 and 30 seconds and set the speed", "[recording-ui]") {
  Fixture f;
  session::openRecording(f.state, toneFile());
  REQUIRE(f.loaded());
  f.ui.click("rec/+30");
  REQUIRE(f.settledAt(30.0));
  f.ui.click("rec/-5");
  REQUIRE(f.settledAt(25.0));
  f.ui.click("rec/+30");  // clamped at the end
  REQUIRE(f.frameUntil([&] { return !f.player().state().seeking && f.player().currentPosition() > 39.0; }));
  f.ui.press(ui::Key::Left, ui::Ctrl | ui::Shift);
  REQUIRE(f.frameUntil([&] { return !f.player().state().seeking && f.player().currentPosition() < 11.0; }));
  f.ui.press(ui::Key::Equal, ui::Ctrl);
  CHECK(f.player().state().speed == Approx(1.25));
  f.player().setSpeed(0.1);
  CHECK(f.player().state().speed == Approx(0.5));
}

TEST_CASE("recording: marker events and notes are stamped with the media position", "[recording-ui]") {
  Fixture f;
  session::initialiseObserver(f.state);
  session::openRecording(f.state, toneFile(), writeFile("stamps.vtt", kTranscript));
  REQUIRE(f.loaded());
  f.player().seekTo(12.5);
  REQUIRE(f.settledAt(12.5));
  const core::Framework* framework = f.state.catalog.framework(f.state.observer.stack.observation().frameworkKey());
  REQUIRE(framework);
  session::recordMarker(f.state.observer, framework->markers.front().code);
  REQUIRE(!f.state.observer.stack.observation().events.empty());
  CHECK(f.state.observer.stack.observation().events.back().time == Approx(12.5).margin(0.05));

  // Autopause: the first keystroke pauses playback and stamps the note; Enter resumes.
  f.state.observer.settings.autopause = true;
  session::toggleClock(f.state.observer);  // play
  REQUIRE(f.frameUntil([&] { return !f.player().state().paused && f.player().currentPosition() > 12.8; }));
  session::typeNote(f.state.observer, "G");
  const double stamped = f.state.observer.stack.observation().notes.back().time;
  REQUIRE(f.frameUntil([&] { return f.player().state().paused; }));
  CHECK(stamped > 12.5);
  CHECK(std::abs(f.player().currentPosition() - stamped) < 0.3);
  session::typeNote(f.state.observer, "Good open question");
  session::finishNote(f.state.observer);
  CHECK(f.frameUntil([&] { return !f.player().state().paused; }));
  CHECK(f.state.observer.stack.observation().notes.back().time == Approx(stamped));
}

TEST_CASE("recording: a refused transcript is reported and the old one stays; a damaged one shows its warnings", "[recording-ui]") {
  Fixture f;
  session::openTranscript(f.state, writeFile("good.vtt", kTranscript));
  REQUIRE(f.state.recording.transcript);
  const auto bad = writeFile("bad.vtt", "WEBVTT\n\nNOTE no cue here\n");
  session::openTranscript(f.state, bad);
  CHECK(f.ui.shows("Transcript not loaded: " + bad.string() + ": no cues"));
  CHECK(f.state.recording.transcript->cues.size() == 4);
  CHECK(f.ui.shows("What would you like to work on today?"));
  session::openTranscript(f.state, writeFile("latin1.srt", "1\n00:00:01,000 --> 00:00:02,000\nCaf\xE9\n"));
  CHECK(f.ui.shows("line 3, column 4: not valid UTF-8"));
  session::openTranscript(f.state, writeFile("swapped.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: one\n\n00:00:00.500 --> "
                                                       "00:00:03.000\nB: two\n"));
  REQUIRE(f.state.recording.transcript->cues.size() == 2);
  CHECK(f.ui.shows("1 warning: cues skipped or repaired"));
}

TEST_CASE("recording: speakers map to coach and client; hints and export follow", "[recording-ui]") {
  Fixture f;
  session::openTranscript(f.state, writeFile("map.vtt", kTranscript));
  CHECK(f.state.recording.rolesGuessed);
  CHECK(f.state.recording.roles.role("Jane") == core::SpeakerRole::Coach);
  session::setSpeakerRole(f.state, "Jane", core::SpeakerRole::Client);
  session::setSpeakerRole(f.state, "Sam", core::SpeakerRole::Coach);
  f.ui.frame();
  bool talk = false;
  for (const core::EvidenceHint& h : f.state.recording.hints) {
    if (h.kind == "talkTime") talk = h.text.find("coach 67%") != std::string::npos;
  }
  CHECK(talk);
  CHECK(session::hintsForMarker(f.state.recording, "7.8").size() == 1);
  f.ui.click("rec/transcript-tabs/Speakers");
  CHECK(f.ui.shows("Assessor-ready transcript"));
  f.state.recordingView.exportPath = (testDir() / "assessor.html").string();
  f.ui.click("rec/transcript-tabs/Speakers/Export HTML");
  std::ifstream in(testDir() / "assessor.html");
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(html.find("<span class=\"who\">Coach (Sam):</span>") != std::string::npos);
  f.ui.click("rec/transcript-tabs/Hints");
  CHECK(f.ui.shows("Silence of 8 s after"));
  CHECK(f.ui.shows("came in while"));
}

TEST_CASE("recording: a moved recording is found again by size and hash", "[recording-ui]") {
  Fixture f;
  const std::filesystem::path original = testDir() / "moved-original.m4a";
  std::filesystem::copy_file(toneFile(), original, std::filesystem::copy_options::overwrite_existing);
  auto print = store::fingerprintFile(original);
  REQUIRE(print);
  core::MediaLink link{original.string(), print->sizeBytes, print->sha256, 40, ""};
  const std::filesystem::path moved = testDir() / "moved-here.m4a";
  std::filesystem::rename(original, moved);

  session::openRecording(f.state, original, {}, link);
  CHECK(f.ui.shows("the recording is not there"));
  CHECK(f.ui.shows("Your scoring is kept"));

  // A different file is not taken silently.
  const auto other = writeFile("other.m4a", "not the recording");
  f.state.recordingView.relinkInput = other.string();
  f.ui.click("rec/Relink");
  CHECK(f.state.recording.relinkMismatch);
  CHECK(f.ui.shows("Use it anyway?"));

  f.state.recordingView.relinkInput = moved.string();
  f.ui.click("rec/Relink");
  REQUIRE(f.loaded());
  CHECK(f.ui.shows("Relinked: size and content match"));
  const auto current = session::currentMediaLink(f.state.recording);
  REQUIRE(current);
  CHECK(current->path == moved.string());
  CHECK(current->contentHash == link.contentHash);
}

TEST_CASE("recording: an unreadable media file is reported by name and scoring stays open", "[recording-ui]") {
  Fixture f;
  const auto broken = writeFile("broken.mp4", std::string(3000, '\x17'));
  session::openRecording(f.state, broken);
  REQUIRE(f.frameUntil([&] { return f.player().state().failed; }));
  CHECK(f.ui.shows(broken.string() + ":"));
  CHECK(f.ui.shows("Your scoring is kept"));
  CHECK(f.ui.shows("! No transcript"));
}

TEST_CASE("recording: a new session does not inherit the previous session's recording", "[recording-ui]") {
  Fixture f;
  session::initialiseObserver(f.state);
  session::openRecording(f.state, toneFile(), writeFile("first.vtt", kTranscript));
  REQUIRE(f.loaded());
  CHECK(f.state.observer.clock->canSeek());
  session::startNewSession(f.state);
  f.ui.frame();
  CHECK_FALSE(f.state.recording.player);
  CHECK_FALSE(f.state.recording.transcript);
  REQUIRE(f.state.observer.clock);
  CHECK_FALSE(f.state.observer.clock->canSeek());  // a live clock until a recording is opened
  CHECK(f.ui.shows("Open the recording of this session"));
}

TEST_CASE("recording: opening a recording and its transcript records the link in the observation, undoably",
          "[recording-ui]") {
  Fixture f;
  session::initialiseObserver(f.state);
  const auto transcript = writeFile("linked.vtt", kTranscript);
  session::openRecording(f.state, toneFile(), transcript);
  REQUIRE(f.loaded());
  const auto& media = f.state.observer.stack.observation().media;
  REQUIRE(media);
  CHECK(media->path == toneFile().string());
  CHECK(media->transcriptPath == transcript.string());
  CHECK(media->sizeBytes == std::filesystem::file_size(toneFile()));
  CHECK(media->contentHash.size() == 64);  // SHA-256, hex
  CHECK(f.state.observer.stack.dirty());
  f.state.observer.stack.undo();
  CHECK_FALSE(f.state.observer.stack.observation().media);
}

TEST_CASE("recording: a missing recording never overwrites the size and hash the observation holds",
          "[recording-ui]") {
  Fixture f;
  session::initialiseObserver(f.state);
  const core::MediaLink stored{(testDir() / "gone.m4a").string(), 4242, std::string(64, 'a'), 40, ""};
  session::applyChange(f.state.observer, core::SetMedia{stored});
  session::openRecording(f.state, stored.path, {}, stored);
  f.ui.frame(3);
  const auto& media = f.state.observer.stack.observation().media;
  REQUIRE(media);
  CHECK(media->sizeBytes == 4242);
  CHECK(media->contentHash == stored.contentHash);
}

TEST_CASE("recording: transcript hints are shown beside the ratings of the markers they point at",
          "[recording-ui]") {
  ui::AppState state;
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  session::initialiseObserver(state);
  HeadlessUi shell([&] { ui::drawShell(state); }, ImVec2(1600, 5000));
  shell.frame(2);
  CHECK_FALSE(shell.shows("Transcript hint"));
  session::openTranscript(state, writeFile("beside.vtt", kTranscript));
  session::refreshEvidence(state);  // the pane does this each frame in recorded mode
  shell.frame(2);
  REQUIRE_FALSE(session::hintsForMarker(state.recording, "7.8").empty());
  INFO(shell.frameText());
  CHECK(shell.shows("Transcript hint 7.8: " + session::hintsForMarker(state.recording, "7.8").front()->text));
}
