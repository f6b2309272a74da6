#pragma once
// Cross-article entity resolution: decides which extracted entities (one list per
// article) are the same real-world entity and so become one graph vertex.
//
// Rules, in order:
//  1. Names are compared after normalizeEntityName (case-insensitive, punctuation-light).
//  2. Strong keys of an extracted entity: its canonical name, and each alias that is
//     multi-token or belongs to a single-token entity.  Entities sharing a strong key are
//     merged when their types are compatible: any two of the "named" types (person,
//     organisation, location, nationality, military unit, weapon, event) -- the conflict is
//     then settled by majority -- while DATE, MONEY and QUANTITY only merge with their own
//     type ("May" the date is not "May" the person).
//  3. A single-token alias of a multi-token entity ("Kim" of "Kim Jong-un") is not a strong
//     key: two people sharing a family name must not collapse through it.
//  4. A group known only by single-token names ("Putin" in an article that never gave the
//     full name) is merged into a multi-token group when exactly ONE multi-token group of a
//     strictly compatible type (same type, or organisation ~ military unit) contains that
//     token: among its single-token aliases ("NATO" seen as an alias of "North Atlantic
//     Treaty Organization"), or, for people only, among its name tokens ("Putin" of
//     "Vladimir Putin"; a lone "Korea" is not "North Korea"), or, for other types, whose
//     initials it spells when written as an acronym ("EU" of "European Union", "U.S." of
//     "United States"; function words skipped).  When several match ("Kim"
//     vs "Kim Jong-un" and "Kim Yo-jong") the short name stays its own vertex.
//  5. The group's type is the majority over its extracted entities (ties: more mentions,
//     then the lower enum value); the losing types go to EntityProps::minorityTypes.
//  6. The group's name is its canonical name with the most tokens (ties: the most frequent,
//     then the first seen); every other surface form becomes an alias.
// Deterministic: groups are numbered by first appearance (article order, entity order).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/Extraction.h"
#include "core/Types.h"

namespace entgraph {

// Lower case (ASCII and Latin-1 letters), '-', '_', '/' and runs of whitespace become one
// space, '.', ',', apostrophes (also U+2019) and quotes are removed, a leading "the " is
// dropped.  "The U.S." -> "us", "Kim Jong-Un" -> "kim jong un".
std::string normalizeEntityName(std::string_view name);

// Splits a normalized name on spaces.
std::vector<std::string> nameTokens(std::string_view normalized);

struct ResolvedEntity {
    std::string name;
    EntityType type = EntityType::Person;
    std::vector<EntityType> minorityTypes;  // by votes, most first
    std::vector<std::string> aliases;       // sorted, unique, without `name`
};

struct EntityResolution {
    std::vector<ResolvedEntity> entities;  // one per vertex, in vertex order
    // vertexOf[article][local entity index] -> index into `entities`
    std::vector<std::vector<size_t>> vertexOf;
};

// Mention counts (from each extraction's mentions) break type-vote ties.
EntityResolution resolveEntities(const std::vector<ArticleExtraction>& extractions);

}  // namespace entgraph
