#include "core/Resources.h"

#include <algorithm>
#include <string>

#include "core/Error.h"

namespace entgraph {

std::optional<std::string_view> findResource(std::string_view path) {
    for (const auto* r = detail::kEmbeddedResources; r->path; ++r) {
        if (path == r->path) return std::string_view(r->begin, static_cast<size_t>(r->end - r->begin));
    }
    return std::nullopt;
}

std::string_view resource(std::string_view path) {
    if (auto bytes = findResource(path)) return *bytes;
    throw Error("embedded resource '" + std::string(path) + "' is missing from this build");
}

std::vector<std::string_view> resourcesUnder(std::string_view prefix) {
    std::vector<std::string_view> paths;
    for (const auto* r = detail::kEmbeddedResources; r->path; ++r) {
        std::string_view p = r->path;
        if (p.starts_with(prefix)) paths.push_back(p);
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

}  // namespace entgraph
