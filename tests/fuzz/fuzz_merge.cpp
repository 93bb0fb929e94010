// Fuzz target for joining two copies of a learner's record. The input is two documents separated
// by a NUL byte (which JSON text never holds); each is a record, or an observation that is first
// merged into an empty record of its learner (observations carry no hashes, so mutations of them
// reach the join). When both read, the join's laws must hold: merge(a,b) == merge(b,a),
// merge(merge(a,b),b) == merge(a,b), merge(a,a) == a, and the result writes out to a record the
// reader accepts, with the catalog check passing whenever it passed for both inputs.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/json_document.h"
#include "core/merge.h"
#include "core/observation_check.h"
#include "fuzz_support.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"

namespace {

using namespace coachscope;
using fuzz::require;

std::optional<core::ProgressRecord> decode(std::string_view text) {
  auto document = core::parseJsonText(text, "fuzz");
  if (!document) return std::nullopt;
  const auto tag = core::peekFormatTag(*document);
  if (tag && tag->kind == "observation") {
    auto observation = store::observationFromJson(*document, "fuzz");
    // A record is always someone's: the merge command gives an unnamed learner a new id first.
    if (!observation || observation->context.learnerId.empty()) return std::nullopt;
    core::ProgressRecord record;
    record.learnerId = observation->context.learnerId;
    if (!core::mergeObservation(record, *observation)) return std::nullopt;
    return record;
  }
  auto record = store::recordFromJson(*document, "fuzz");
  if (!record) return std::nullopt;
  return std::move(*record);
}

std::optional<core::ProgressRecord> join(const core::ProgressRecord& a, const core::ProgressRecord& b) {
  core::ProgressRecord into = a;
  if (!core::joinRecords(into, b)) return std::nullopt;
  return into;
}

bool catalogAccepts(const core::ProgressRecord& record) {
  return core::checkRecordSessions(record, testing::builtInCatalog(), "fuzz").empty() &&
         core::checkRecordLearnerEntries(record, testing::builtInCatalog(), "fuzz").empty();
}

bool same(const core::ProgressRecord& a, const core::ProgressRecord& b) {
  return fuzz::sameRecord(a, b) && store::recordText(a) == store::recordText(b);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const std::string_view input = fuzz::text(data, size);
    const std::size_t split = input.find('\0');
    if (split == std::string_view::npos) return 0;
    auto a = decode(input.substr(0, split));
    auto b = decode(input.substr(split + 1));
    if (!a || !b) return 0;

    auto aa = join(*a, *a);
    require(aa && same(*aa, *a), "merge(a, a) == a");
    auto ab = join(*a, *b);
    auto ba = join(*b, *a);
    require(ab.has_value() == ba.has_value(), "merge(a, b) is refused exactly when merge(b, a) is");
    if (!ab) return 0;
    require(same(*ab, *ba), "merge(a, b) == merge(b, a)");
    auto abb = join(*ab, *b);
    require(abb && same(*abb, *ab), "merge(merge(a, b), b) == merge(a, b)");

    const std::string text = store::recordText(*ab);
    auto document = core::parseJsonText(text, "fuzz");
    require(document.ok(), "a merged record's text is JSON");
    auto reread = store::recordFromJson(*document, "fuzz");
    require(reread.ok(), "a merged record passes the reader");
    require(fuzz::sameRecord(*reread, *ab), "a merged record reads back as the same versions");
    if (catalogAccepts(*a) && catalogAccepts(*b)) {
      require(catalogAccepts(*ab), "the join of two records its catalog check accepts is accepted too");
    }
  } catch (...) {
    require(false, "merging never throws");
  }
  return 0;
}
