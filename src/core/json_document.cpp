#include "core/json_document.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>

#include "core/json_fields.h"
#include "core/limits.h"
#include "core/transcript_excerpt.h"

namespace coachscope::core {
namespace {

using nlohmann::json;

// nlohmann reports a byte offset; people want line and column.
std::string placeOf(std::string_view text, std::size_t byteOffset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < byteOffset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; column = 1; }
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) { ++column; }
  }
  // The parser's offset points one past the offending character.
  return fmt::format("line {}, column {}", line, column > 1 ? column - 1 : column);
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing
// value - invalid literal; last read: 'tru'" -> "invalid literal; last read: \"tru\"", with the
// token cut to a short, escaped excerpt (a cut-off 50 MB string must not become the message).
std::string plainReason(const std::string& what, const std::string& token) {
  std::string reason = what;
  if (reason.rfind("[json.exception.", 0) == 0) {
    if (auto bracket = reason.find("] "); bracket != std::string::npos) reason = reason.substr(bracket + 2);
  }
  if (reason.rfind("parse error", 0) == 0) {
    if (auto colon = reason.find(": "); colon != std::string::npos) reason = reason.substr(colon + 2);
  }
  for (const char* prefix : {"syntax error while parsing value - ", "syntax error while parsing object key - ",
                             "syntax error while parsing object separator - ", "syntax error while parsing object - ",
                             "syntax error while parsing array - "}) {
    if (reason.rfind(prefix, 0) == 0) reason = reason.substr(std::strlen(prefix));
  }
  if (auto last = reason.find("; last read: "); last != std::string::npos) reason.resize(last);
  if (auto overflow = reason.find("number overflow parsing"); overflow != std::string::npos) {
    return fmt::format("the number {} is beyond what a number in a coachscope file can be (about ±1.8e308)",
                       visibleExcerpt(token, 24));
  }
  // The lexer's own messages quote its token; keep ours the only quote.
  if (auto quote = reason.find(" '"); quote != std::string::npos && reason.back() == '\'') reason.resize(quote);
  if (!token.empty()) reason += fmt::format("; last read: \"{}\"", visibleExcerpt(token, 32));
  return "malformed JSON: " + reason;
}

// Builds the document like nlohmann's own DOM parser, but remembers where it is (the JSON pointer
// of the value being read) so an error can name its place, and refuses nesting deep enough to
// exhaust the stack of the recursive operations (copy, compare, dump) done on documents later.
class LocatingParser {
 public:
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  explicit LocatingParser(json& root) : dom_(root, /*allow_exceptions=*/false) {}

  bool null() { return value() && dom_.null(); }
  bool boolean(bool v) { return value() && dom_.boolean(v); }
  bool number_integer(number_integer_t v) { return value() && dom_.number_integer(v); }
  bool number_unsigned(number_unsigned_t v) { return value() && dom_.number_unsigned(v); }
  bool number_float(number_float_t v, const string_t& s) { return value() && dom_.number_float(v, s); }
  bool string(string_t& v) { return value() && dom_.string(v); }
  bool binary(binary_t& v) { return value() && dom_.binary(v); }
  bool start_object(std::size_t n) { return open(false) && dom_.start_object(n); }
  bool end_object() { return close() && dom_.end_object(); }
  bool start_array(std::size_t n) { return open(true) && dom_.start_array(n); }
  bool end_array() { return close() && dom_.end_array(); }
  bool key(string_t& k) {
    frames_.back().key = k;
    return dom_.key(k);
  }

  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& ex) {
    if (!failed_) {
      failed_ = true;
      position_ = position;
      reason_ = plainReason(ex.what(), token);
      pointer_ = pointerHere(/*pendingValue=*/true);
    }
    return false;
  }

  bool failed() const { return failed_; }
  std::size_t position() const { return position_; }
  const std::string& reason() const { return reason_; }
  const std::string& pointer() const { return pointer_; }

 private:
  struct Frame {
    bool isArray = false;
    std::size_t elements = 0;  // arrays: elements started so far
    std::string key;           // objects: the member being read
  };

  // Called as each value starts: inside an array it is the next element.
  bool value() {
    if (!frames_.empty() && frames_.back().isArray) ++frames_.back().elements;
    return true;
  }
  bool open(bool isArray) {
    value();
    if (frames_.size() >= limits::kMaxJsonDepth) {
      failed_ = true;
      reason_ = fmt::format("arrays and objects nested deeper than {} levels", limits::kMaxJsonDepth);
      pointer_ = pointerHere(false);
      return false;
    }
    frames_.push_back(Frame{isArray, 0, {}});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }
  // With `pendingValue`, the innermost array's element that failed has not started yet.
  std::string pointerHere(bool pendingValue) const {
    std::string pointer;
    for (std::size_t i = 0; i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      const bool innermost = i + 1 == frames_.size();
      if (f.isArray) {
        const std::size_t index = innermost && pendingValue ? f.elements : (f.elements ? f.elements - 1 : 0);
        pointer = json_fields::child(pointer, index);
      } else if (!f.key.empty() || !innermost) {
        pointer = json_fields::child(pointer, f.key);
      }
    }
    return pointer;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::vector<Frame> frames_;
  bool failed_ = false;
  std::size_t position_ = 0;
  std::string reason_;
  std::string pointer_;
};

std::string systemReason(int error) { return std::strerror(error); }

// What a path names when it is not a regular file, for the refusal.
std::string notRegularReason(mode_t mode) {
  if (S_ISDIR(mode)) return systemReason(EISDIR);
  if (S_ISFIFO(mode)) return "a FIFO (named pipe), not a regular file: refused, as reading it could wait forever";
  if (S_ISCHR(mode)) return "a character device, not a regular file";
  if (S_ISBLK(mode)) return "a block device, not a regular file";
  if (S_ISSOCK(mode)) return "a socket, not a regular file";
  return "not a regular file";
}

}  // namespace

Result<nlohmann::json> parseJsonText(std::string_view text, const std::string& name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM some editors add
  json document;
  LocatingParser parser(document);
  try {
    json::sax_parse(text.begin(), text.end(), &parser);
  } catch (const json::exception& e) {  // the DOM builder's own size checks; never expected
    return Error{name, "", plainReason(e.what(), "")};
  }
  if (parser.failed()) {
    std::string where = parser.position() ? placeOf(text, parser.position()) : "";
    if (!parser.pointer().empty()) where += (where.empty() ? "" : ", at ") + parser.pointer();
    return Error{name, where, parser.reason()};
  }
  return document;
}

Result<std::string> readTextFile(const std::filesystem::path& path) {
  const std::string name = path.string();
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it unread.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Error{name, "", systemReason(errno)};
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return Error{name, "", systemReason(errno)};
  if (!S_ISREG(info.st_mode)) return Error{name, "", notRegularReason(info.st_mode)};
  auto tooLarge = [&] {
    return Error{name, "",
                 fmt::format("larger than {} MiB, the most coachscope reads from one file",
                             limits::kMaxInputBytes / (1024 * 1024))};
  };
  if (static_cast<std::uintmax_t>(info.st_size) > limits::kMaxInputBytes) return tooLarge();
  std::string contents;
  contents.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return Error{name, "", "read failed: " + systemReason(errno)};
    }
    if (n == 0) break;
    contents.append(buffer, static_cast<std::size_t>(n));
    if (contents.size() > limits::kMaxInputBytes) return tooLarge();  // it grew while being read
  }
  return contents;
}

Result<nlohmann::json> readJsonFile(const std::filesystem::path& path) {
  auto text = readTextFile(path);
  if (!text) return text.error();
  return parseJsonText(*text, path.string());
}

std::optional<FormatTag> parseFormatTag(std::string_view tag) {
  constexpr std::string_view prefix = "coachscope.";
  if (tag.substr(0, prefix.size()) != prefix) return std::nullopt;
  tag.remove_prefix(prefix.size());
  auto slash = tag.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  FormatTag result{std::string(tag.substr(0, slash)), 0};
  std::string_view digits = tag.substr(slash + 1);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), result.version);
  if (ec != std::errc() || end != digits.data() + digits.size() || result.version < 1) return std::nullopt;
  return result;
}

std::string formatTag(std::string_view kind, int version) {
  return fmt::format("coachscope.{}/{}", kind, version);
}

std::optional<FormatTag> peekFormatTag(const nlohmann::json& document) {
  if (!document.is_object()) return std::nullopt;
  auto it = document.find("format");
  if (it == document.end() || !it->is_string()) return std::nullopt;
  return parseFormatTag(it->get_ref<const std::string&>());
}

Status checkFormat(const nlohmann::json& document, std::string_view kind, int maxVersion,
                   const std::string& name) {
  if (!document.is_object()) return Error{name, "/", "expected a JSON object at the top level"};
  auto it = document.find("format");
  if (it == document.end()) {
    return Error{name, "/format", fmt::format("missing; a coachscope {} file starts with \"format\": \"{}\"",
                                              kind, formatTag(kind, maxVersion))};
  }
  if (!it->is_string()) return Error{name, "/format", "expected a string"};
  const std::string& text = it->get_ref<const std::string&>();
  auto tag = parseFormatTag(text);
  if (!tag) return Error{name, "/format", fmt::format("\"{}\" is not a coachscope format tag", visibleExcerpt(text))};
  if (tag->kind != kind) {
    return Error{name, "/format",
                 fmt::format("this is a coachscope {} file, not a {} file", visibleExcerpt(tag->kind), kind)};
  }
  if (tag->version > maxVersion) {
    return Error{name, "/format",
                 fmt::format("{} version {} was written by a newer coachscope; this build reads up to version {}",
                             kind, tag->version, maxVersion)};
  }
  return Done{};
}

}  // namespace coachscope::core
