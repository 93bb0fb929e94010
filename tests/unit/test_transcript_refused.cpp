// Only what is no transcript at all is refused, with file, place and a reason that says what the
// file is instead: no WEBVTT signature, binary data, text that is not UTF-8, no cue at all.
#include <sys/stat.h>

#include "test_transcript_files.h"

using namespace coachscope;
using namespace coachscope::core;
using coachscope::testing::refusedWritten;
using coachscope::testing::writeTranscript;

namespace {

bool says(const Error& e, std::string_view text) { return e.reason.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("transcript refused: a .vtt file without the WEBVTT signature, saying what it is instead", "[transcript]") {
  Error e = refusedWritten("nosig.vtt", "WEBVTX\n\n00:00:01.000 --> 00:00:02.000\nA\n");
  CHECK(e.where == "line 1");
  CHECK(says(e, "must start with \"WEBVTT\""));
  CHECK(e.file.find("nosig.vtt") != std::string::npos);

  e = refusedWritten("subrip.vtt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n");
  CHECK(says(e, "looks like SubRip"));

  e = refusedWritten("glued.vtt", "WEBVTTcaptions\n\n00:00:01.000 --> 00:00:02.000\nA\n");
  CHECK(says(e, "must be followed by a space, a tab or the end of the line"));

  e = refusedWritten("empty.vtt", "");
  CHECK(says(e, "the file is empty"));
}

TEST_CASE("transcript refused: binary files, naming the kind when it is a recording or document", "[transcript]") {
  std::string mp4("\0\0\0\x20" "ftypisom\0\0\x02\0isomiso2avc1mp41", 32);
  Error e = refusedWritten("session.vtt", mp4);
  CHECK(says(e, "MP4"));
  e = refusedWritten("doc.srt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
  CHECK(says(e, "PDF"));
  std::string noise;
  for (int i = 0; i < 2000; ++i) noise += static_cast<char>((i * 37 + 11) % 32);
  e = refusedWritten("noise.srt", noise);
  CHECK(says(e, "binary data"));
}

TEST_CASE("transcript refused: UTF-16 and UTF-32, by byte order mark or by the NULs of every other byte", "[transcript]") {
  auto utf16 = [](std::string_view ascii, bool bom, bool bigEndian) {
    std::string out = bom ? (bigEndian ? std::string("\xFE\xFF") : std::string("\xFF\xFE")) : std::string();
    for (char c : ascii) {
      if (bigEndian) out += '\0';
      out += c;
      if (!bigEndian) out += '\0';
    }
    return out;
  };
  const std::string_view vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there\n";
  CHECK(says(refusedWritten("le.vtt", utf16(vtt, true, false)), "UTF-16 (little-endian)"));
  CHECK(says(refusedWritten("be.vtt", utf16(vtt, true, true)), "UTF-16 (big-endian)"));
  CHECK(says(refusedWritten("le-nobom.vtt", utf16(vtt, false, false)), "UTF-16 (little-endian)"));
  CHECK(says(refusedWritten("be-nobom.srt", utf16(vtt, false, true)), "UTF-16 (big-endian)"));
  CHECK(says(refusedWritten("u32.vtt", std::string("\xFF\xFE\0\0W\0\0\0", 8)), "UTF-32"));
}

TEST_CASE("transcript refused: 8-bit text that is not UTF-8, with line, column and the encoding it looks like", "[transcript]") {
  Error e = refusedWritten("cp1252.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf\xE9 \x93quoted\x94\n");
  CHECK(e.where == "line 4, column 4");
  CHECK(says(e, "not valid UTF-8"));
  CHECK(says(e, "Windows-1252"));
  CHECK(says(e, "\"\xC3\xA9\""));  // what 0xE9 would be there: é

  e = refusedWritten("latin1.srt", "1\n00:00:01,000 --> 00:00:02,000\nCaf\xE9 cr\xE8me\n");
  CHECK(e.where == "line 3, column 4");
  CHECK(says(e, "Latin-1 (ISO-8859-1) or Windows-1252"));

  // Shift_JIS: two high bytes per character.
  e = refusedWritten("sjis.srt", "1\n00:00:01,000 --> 00:00:02,000\n\x82\xB1\x82\xF1\x82\xC9\x82\xBF\x82\xCD\n");
  CHECK(says(e, "East Asian"));

  e = refusedWritten("overlong.srt", "1\n00:00:01,000 --> 00:00:02,000\n\xC0\xAF overlong\n");
  CHECK(e.where == "line 3, column 1");
}

TEST_CASE("transcript refused: no cue at all is a clear message, not an empty transcript", "[transcript]") {
  Error e = refusedWritten("header-only.vtt", "WEBVTT\nKind: captions\n\nNOTE nothing was said\n");
  CHECK(says(e, "no cues"));
  e = refusedWritten("garbage.srt", "this is not a transcript\njust some words\n\nand more\n");
  CHECK(says(e, "no cues"));
  e = refusedWritten("signature-only.vtt", "WEBVTT");
  CHECK(says(e, "no cues"));
  // Cue blocks exist but none can be read: the message says why the first could not.
  e = refusedWritten("all-bad.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0\nA\n\n00:00:61.000 --> 00:01:02.000\nB\n");
  CHECK(e.where == "line 3");
  CHECK(says(e, "no cue could be read: 2 cues were skipped"));
  CHECK(says(e, "bad end time \"00:00:0\""));
  e = refusedWritten("empty-cues.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:03.000 --> 00:00:04.000\n<i> </i>\n");
  CHECK(says(e, "no cue holds any text"));
}

TEST_CASE("transcript refused: a missing file, a folder and a FIFO are named, and a FIFO is never opened", "[transcript]") {
  auto missing = loadTranscriptFile("/nonexistent/dir/session.vtt");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().file == "/nonexistent/dir/session.vtt");
  CHECK(missing.error().reason.find("cannot open") != std::string::npos);

  auto folder = loadTranscriptFile(coachscope::testing::transcriptDir());
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.error().reason.find("folder") != std::string::npos);

  const auto fifo = coachscope::testing::transcriptDir() / "session-fifo.vtt";
  std::filesystem::remove(fifo);
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  auto piped = loadTranscriptFile(fifo);  // would block forever if it were opened
  REQUIRE_FALSE(piped.ok());
  CHECK(piped.error().reason.find("not a regular file") != std::string::npos);
  std::filesystem::remove(fifo);

  const auto srt = writeTranscript("session.srt", "1\n00:00:01,000 --> 00:00:02,000\nCoach: Hi?\n");
  auto loaded = loadTranscriptFile(srt);
  REQUIRE(loaded.ok());
  CHECK(loaded->source == srt.string());
  CHECK(loaded->syntax == "SubRip");
  CHECK(loaded->cues.at(0).speaker == "Coach");
}
