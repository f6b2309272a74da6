#pragma once
// Files are written whole or not at all: the data goes to a temporary file beside the
// target, which is renamed over it only once everything was written.  An interrupted or
// failed export never leaves a truncated file where a good one was.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace entgraph {

// Throws Error("cannot write PATH: reason") on any failure; the temporary is removed.
void writeFileAtomically(const std::string& path, std::string_view data);

// Several files (e.g. the two CSV tables): all are written to temporaries first, then
// renamed, so a failure while writing leaves every target as it was.
void writeFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace entgraph
