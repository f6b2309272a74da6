#include "core/Types.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace entgraph {

namespace {
constexpr std::array<std::string_view, kEntityTypeCount> kEntityNames = {
    "PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "MILITARY_UNIT", "WEAPON",
    "EVENT",  "DATE",         "MONEY",    "QUANTITY",    "VESSEL",
};
constexpr std::array<std::string_view, kRelationTypeCount> kRelationNames = {
    "ROLE",      "MEMBERSHIP", "LOCATION", "MILITARY", "ECONOMIC",      "DIPLOMATIC",
    "STATEMENT", "CONFLICT",   "ALLIANCE", "ACTION",   "CO_OCCURRENCE",
};

std::string upper(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}
}  // namespace

std::string_view entityTypeName(EntityType type) {
    return kEntityNames[static_cast<size_t>(type)];
}

std::optional<EntityType> parseEntityType(std::string_view name) {
    const std::string u = upper(name);
    for (size_t i = 0; i < kEntityNames.size(); ++i)
        if (u == kEntityNames[i]) return static_cast<EntityType>(i);
    if (u == "PER") return EntityType::Person;
    if (u == "ORG") return EntityType::Organization;
    if (u == "LOC" || u == "GPE") return EntityType::Location;
    return std::nullopt;
}

std::string_view relationTypeName(RelationType type) {
    return kRelationNames[static_cast<size_t>(type)];
}

std::optional<RelationType> parseRelationType(std::string_view name) {
    const std::string u = upper(name);
    for (size_t i = 0; i < kRelationNames.size(); ++i)
        if (u == kRelationNames[i]) return static_cast<RelationType>(i);
    if (u == "COOCCURRENCE") return RelationType::CoOccurrence;
    return std::nullopt;
}

}  // namespace entgraph
