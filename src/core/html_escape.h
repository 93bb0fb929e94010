// Escaping text for HTML, so words from people and files always show as text, never as markup.
#pragma once

#include <string>
#include <string_view>

namespace coachscope::core {

// & < > " ' become entities; everything else is copied as is.
std::string escapeHtml(std::string_view text);

}  // namespace coachscope::core
