#include "core/transcript_speakers.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/transcript_utf8.h"

namespace coachscope::core::transcript_speakers {
namespace {

using transcript_markup::Piece;

constexpr std::size_t kMaxNameCharacters = 60;
constexpr std::size_t kMaxPrefixBytes = 160;  // emoji and accents take up to four bytes each

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool lowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool upperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Name particles that are written in lower case ("Ana de la Cruz", "Ludwig van Beethoven").
bool particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"de", "da", "di", "do", "dos", "das", "du", "des", "del", "della",
                                                    "van", "von", "der", "den", "ter", "ten", "la", "le", "al",
                                                    "el", "bin", "bint", "ibn", "y", "e", "zu", "af", "av"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// How much a prefix looks like a display name rather than the start of a sentence.
struct Shape {
  bool plausible = false;  // could be a name at all
  bool strong = false;     // reads as a name: at most five words, none in lower case
  int words = 0;
};

Shape shapeOf(std::string_view name) {
  Shape shape;
  if (name.empty() || characters(name) > kMaxNameCharacters) return shape;
  // Sentence punctuation, quotes and links are not in names; pronouns in parentheses are.
  static constexpr std::string_view kNotInNames[] = {"?", "!", ";", ":", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA6"};
  for (std::string_view bad : kNotInNames) {
    if (name.find(bad) != std::string_view::npos) return shape;
  }
  bool hasLetter = false;
  int lowercase = 0;
  int depth = 0;
  std::size_t i = 0;
  while (i < name.size()) {
    const char c = name[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (c == '(' || c == '[') {
      ++depth;
      ++i;
      continue;
    }
    if (c == ')' || c == ']') {
      depth = std::max(0, depth - 1);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < name.size() && name[end] != ' ' && name[end] != '(' && name[end] != '[') ++end;
    const std::string_view word = name.substr(i, end - i);
    i = end;
    if (depth > 0) continue;  // "(she/her)", "(Coach)", "[Guest]"
    ++shape.words;
    const bool letters = std::any_of(word.begin(), word.end(), [](char ch) {
      return lowerAscii(ch) || upperAscii(ch) || static_cast<unsigned char>(ch) >= 0x80;
    });
    hasLetter = hasLetter || letters;
    // "iPhone" and "jane" differ: an inner capital marks a device or brand name, not a sentence.
    const bool innerCapital = std::any_of(word.begin() + 1, word.end(), upperAscii);
    if (lowerAscii(word.front()) && !innerCapital && !particle(word)) ++lowercase;
  }
  if (!hasLetter || shape.words == 0 || shape.words > 8) return shape;
  // "Hart, Amelia" is a name; "So, here's the thing" is not.
  if (name.find(", ") != std::string_view::npos && lowercase > 0) return shape;
  shape.plausible = true;
  shape.strong = shape.words <= 5 && lowercase == 0;
  return shape;
}

std::string collapse(std::string_view s) {
  std::string out;
  for (char c : trim(s)) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

// What the file says about each candidate name.
struct Candidate {
  int firstLines = 0;     // cues that start with it
  int otherLines = 0;     // later lines of a cue that start with it
  Shape shape;
  bool generic = false;
  bool accepted = false;
};

}  // namespace

bool isGenericLabel(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kLabels[] = {"unknown speaker", "speaker", "spkr", "spk", "participant", "person",
                                                 "voice", "guest", "unknown"};
  for (std::string_view label : kLabels) {
    if (lower.compare(0, label.size(), label) != 0) continue;
    std::string_view rest = std::string_view(lower).substr(label.size());
    if (rest.empty()) return true;
    if (rest.front() == ' ' || rest.front() == '_' || rest.front() == '-') rest.remove_prefix(1);
    if (rest.empty() || rest.size() > 3) continue;
    const bool number = std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool letter = rest.size() == 1 && lowerAscii(rest.front());
    if (number || letter) return true;
  }
  return false;
}

std::optional<Prefix> findPrefix(std::string_view line) {
  Prefix prefix;
  std::size_t at = 0;
  if (line.substr(0, 2) == ">>") {  // broadcast captions mark a change of speaker so
    prefix.changeMarker = true;
    at = 2;
    while (at < line.size() && line[at] == '>') ++at;
    while (at < line.size() && line[at] == ' ') ++at;
  }
  prefix.afterMarker = at;
  const std::string_view rest = line.substr(at);
  auto wordsStart = [&](std::size_t k) {
    while (k < rest.size() && rest[k] == ' ') ++k;
    return at + k;
  };
  if (!rest.empty() && rest.front() == '[') {
    const std::size_t close = rest.find(']');
    if (close != std::string_view::npos && close < kMaxPrefixBytes) {
      const std::string_view inside = trim(rest.substr(1, close - 1));
      if (close + 1 < rest.size() && rest[close + 1] == ':') {
        prefix.name = collapse(inside);
        prefix.textStart = wordsStart(close + 2);
        return prefix;
      }
      if (isGenericLabel(inside)) {  // "[SPEAKER_00] words"; "[laughs]" stays text
        prefix.name = collapse(inside);
        prefix.textStart = wordsStart(close + 1);
        return prefix;
      }
    }
  }
  // The first colon (or full-width colon) followed by a space or the end of the line.
  for (std::size_t k = 0; k < rest.size() && k < kMaxPrefixBytes; ++k) {
    std::size_t width = 0;
    if (rest[k] == ':') width = 1;
    else if (rest.compare(k, 3, "\xEF\xBC\x9A") == 0) width = 3;
    if (width == 0) continue;
    const std::size_t after = k + width;
    if (after < rest.size() && rest[after] != ' ' && width == 1) continue;  // "10:30", "https:"
    if (k == 0) break;
    prefix.name = collapse(rest.substr(0, k));
    prefix.textStart = wordsStart(after);
    return prefix;
  }
  if (prefix.changeMarker) {
    prefix.textStart = at;
    return prefix;
  }
  return std::nullopt;
}

std::vector<std::vector<Segment>> attribute(const std::vector<std::vector<Piece>>& cues) {
  // Pass 1: every prefix the file has, where it stands, and what it looks like.
  std::unordered_map<std::string, Candidate> candidates;
  int unvoicedCues = 0;
  std::vector<const Candidate*> firstPrefix(cues.size(), nullptr);
  for (std::size_t c = 0; c < cues.size(); ++c) {
    const auto& pieces = cues[c];
    if (pieces.empty() || pieces.front().voiced) continue;
    ++unvoicedCues;
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      if (pieces[p].voiced || !pieces[p].lineStart) continue;
      const std::optional<Prefix> prefix = findPrefix(pieces[p].text);
      if (!prefix || prefix->name.empty()) continue;
      Candidate& candidate = candidates[prefix->name];
      if (candidate.firstLines + candidate.otherLines == 0) {
        candidate.shape = shapeOf(prefix->name);
        candidate.generic = isGenericLabel(prefix->name);
      }
      if (p == 0) {
        ++candidate.firstLines;
        firstPrefix[c] = &candidate;
      } else {
        ++candidate.otherLines;
      }
    }
  }
  // Pass 2: decide. A file where most cues start "Name: " uses prefixes for speakers, so even a
  // guest who speaks once is one; elsewhere a name must recur to be believed.
  int named = 0;
  for (const Candidate* c : firstPrefix) named += c && (c->generic || c->shape.strong);
  const double coverage = unvoicedCues > 0 ? static_cast<double>(named) / unvoicedCues : 0;
  for (auto& [name, c] : candidates) {
    const int uses = c.firstLines + c.otherLines;
    if (c.generic) {
      c.accepted = true;
    } else if (coverage >= 0.5) {
      c.accepted = c.firstLines > 0 && (c.shape.strong || (c.shape.plausible && c.shape.words <= 4 && uses >= 2));
    } else if (coverage >= 0.1) {
      c.accepted = c.shape.strong && c.firstLines >= 2;
    } else {
      c.accepted = c.shape.strong && c.firstLines >= 3;
    }
  }
  // Pass 3: split each cue into its speakers' segments.
  std::vector<std::vector<Segment>> out(cues.size());
  for (std::size_t c = 0; c < cues.size(); ++c) {
    std::vector<Segment>& segments = out[c];
    bool inVoice = false;
    std::string voice;
    for (const Piece& piece : cues[c]) {
      if (piece.voiced && (!inVoice || piece.voice != voice || segments.empty())) {
        inVoice = true;
        voice = piece.voice;
        segments.push_back({piece.voice, piece.text, piece.voice.empty()});
        continue;
      }
      if (!piece.voiced) inVoice = false;
      if (!piece.voiced && piece.lineStart) {
        if (std::optional<Prefix> prefix = findPrefix(piece.text)) {
          const auto it = prefix->name.empty() ? candidates.end() : candidates.find(prefix->name);
          const bool accepted = it != candidates.end() && it->second.accepted;
          if (accepted || prefix->changeMarker) {
            std::string words = std::string(std::string_view(piece.text).substr(prefix->textStart));
            if (accepted) {
              segments.push_back({prefix->name, std::move(words), false});
            } else {  // ">> words" or ">> Not a name: words": someone new, unnamed
              segments.push_back({"", piece.text.substr(prefix->afterMarker), true});
            }
            continue;
          }
        }
      }
      if (segments.empty()) {
        segments.push_back({"", piece.text, false});
      } else {
        Segment& last = segments.back();
        if (!last.text.empty()) last.text += ' ';
        last.text += piece.text;
      }
    }
    segments.erase(std::remove_if(segments.begin(), segments.end(), [](const Segment& s) { return s.text.empty(); }),
                   segments.end());
  }
  return out;
}

}  // namespace coachscope::core::transcript_speakers
