#include "core/catalog.h"

#include <algorithm>
#include <cstdlib>

#include "core/embedded_frameworks.h"
#include "core/framework_loader.h"
#include "core/json_document.h"
#include "core/programme_loader.h"
#include "core/source_paths.h"

namespace coachscope::core {
namespace {

// Compares "2019" < "2025" and "1.10" > "1.9": numeric runs by value, the rest as text.
bool versionLess(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      unsigned long long x = std::stoull(a.substr(i, std::min<std::size_t>(ei - i, 18)));
      unsigned long long y = std::stoull(b.substr(j, std::min<std::size_t>(ej - j, 18)));
      if (x != y) return x < y;
      i = ei; j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i; ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

template <typename T>
const T* lookUp(const std::vector<T>& items, const std::string& idOrKey) {
  const T* best = nullptr;
  for (const T& item : items) {
    if (item.key() == idOrKey) return &item;
    if (item.id == idOrKey && (!best || versionLess(best->version, item.version))) best = &item;
  }
  return best;
}

template <typename T>
void replaceOrAppend(std::vector<T>& items, T item) {
  auto same = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.key() == item.key(); });
  if (same != items.end()) *same = std::move(item);
  else items.push_back(std::move(item));
}

}  // namespace

void Catalog::addBuiltIns() {
  for (const EmbeddedFile& file : embeddedFrameworkFiles()) addText(file.contents, "built-in:" + std::string(file.name));
}

void Catalog::addFolder(const std::filesystem::path& folder) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (ec) {
    problems_.push_back(Error{folder.string(), "", "cannot list folder: " + ec.message()});
    return;
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) addFile(file);
}

bool Catalog::addFile(const std::filesystem::path& file) {
  auto text = readTextFile(file);
  if (!text) {
    problems_.push_back(text.error());
    return false;
  }
  return addText(*text, file.string());
}

bool Catalog::addText(std::string_view text, const std::string& name) {
  auto doc = parseJsonText(text, name);
  if (!doc) {
    problems_.push_back(doc.error());
    return false;
  }
  // Peek at the format tag to know which loader to use; each loader checks it fully.
  const std::optional<FormatTag> tag = peekFormatTag(*doc);
  if (tag && tag->kind == "programme") {
    auto programme = parseProgramme(*doc, name);
    if (!programme) { problems_.push_back(programme.error()); return false; }
    put(std::move(programme).value());
    return true;
  }
  auto framework = parseFramework(*doc, name);
  if (!framework) { problems_.push_back(framework.error()); return false; }
  put(std::move(framework).value());
  return true;
}

void Catalog::put(Framework framework) {
  if (defaultKey_.empty()) defaultKey_ = framework.key();
  replaceOrAppend(frameworks_, std::move(framework));
}

void Catalog::put(Programme programme) { replaceOrAppend(programmes_, std::move(programme)); }

const Framework* Catalog::framework(const std::string& idOrKey) const { return lookUp(frameworks_, idOrKey); }
const Programme* Catalog::programme(const std::string& idOrKey) const { return lookUp(programmes_, idOrKey); }

const Framework* Catalog::defaultFramework() const {
  if (const Framework* f = framework(defaultKey_)) return f;
  return frameworks_.empty() ? nullptr : &frameworks_.front();
}

std::vector<std::filesystem::path> defaultFrameworkFolders(const std::filesystem::path& executable) {
  std::vector<std::filesystem::path> folders;
  if (const char* env = std::getenv("COACHSCOPE_FRAMEWORKS"); env && *env) folders.emplace_back(env);
  if (!executable.empty()) {
    auto installed = executable.parent_path().parent_path() / "share" / "coachscope" / "frameworks";
    folders.push_back(installed);
  }
  folders.emplace_back(sourceFrameworksDir());
  std::vector<std::filesystem::path> existing;
  std::error_code ec;
  for (auto& f : folders) {
    if (std::filesystem::is_directory(f, ec)) existing.push_back(f);
  }
  return existing;
}

}  // namespace coachscope::core
