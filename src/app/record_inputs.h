// Shared by the record subcommands (merge, status, log, merge-driver): reading the files they are
// given and printing errors the way command-line users expect.
#pragma once

#include <filesystem>
#include <string>

#include "core/catalog.h"
#include "core/observation.h"
#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::app {

// An observation or a record, told apart by the file's format tag.
struct RecordInput {
  bool isRecord = false;
  core::Observation observation;
  core::ProgressRecord record;
};
// Read with the one reader of each format, checked against the frameworks in `catalog`.
core::Result<RecordInput> loadRecordInput(const std::filesystem::path& path, const core::Catalog& catalog);

// "coachscope <command>: <file>: <where>: <reason>" on stderr.
void printError(const char* command, const core::Error& error);

}  // namespace coachscope::app
