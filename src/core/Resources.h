#pragma once
// Files compiled into the binary at build time (see cmake/EmbedResources.cmake):
// shaders/, assets/lexicons/, assets/models/ and assets/demo/.  Looked up by their
// path relative to the repository root, e.g. "assets/lexicons/countries.tsv".
#include <optional>
#include <string_view>
#include <vector>

namespace entgraph {

namespace detail {
struct EmbeddedResource {
    const char* path;
    const char* begin;
    const char* end;
};
extern const EmbeddedResource kEmbeddedResources[];  // ends with a {nullptr,...} entry
}  // namespace detail

// The bytes of an embedded file, or nullopt when the build did not embed it.
std::optional<std::string_view> findResource(std::string_view path);

// Like findResource, but throws entgraph::Error naming the missing resource.
std::string_view resource(std::string_view path);

// Paths of all embedded files under a folder prefix ("assets/demo/"), sorted.
std::vector<std::string_view> resourcesUnder(std::string_view prefix);

}  // namespace entgraph
