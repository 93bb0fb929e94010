// A media file's size and SHA-256 digest, stored with an observation so a moved or renamed
// recording can be relinked with confidence that it is the same file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/result.h"

namespace coachscope::store {

struct FileFingerprint {
  std::uint64_t sizeBytes = 0;
  std::string sha256;  // lowercase hex
};

// Reads the whole file (streamed in blocks). Errors name the file and why it could not be read.
core::Result<FileFingerprint> fingerprintFile(const std::filesystem::path& path);
std::string sha256Hex(std::string_view bytes);

// How a candidate file compares with what the observation stored.
// A file that a document names (an observation's recording or transcript) is opened only when it is
// the file the document recorded: a regular file of the stored size and SHA-256. The error says where
// the path points and why it is not opened.
core::Status checkNamedFile(const std::filesystem::path& path, std::uint64_t sizeBytes, const std::string& sha256);

enum class RelinkMatch { Same, DifferentSize, DifferentContent };
RelinkMatch compareFingerprints(const FileFingerprint& stored, const FileFingerprint& candidate);

}  // namespace coachscope::store
