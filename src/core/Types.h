#pragma once
// Entity and relation types shared by every module, with their contract names
// (the upper-case strings used in `extract --json`, exports and the workspace).
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace entgraph {

enum class EntityType : uint8_t {
    Person,
    Organization,
    Location,
    Nationality,
    MilitaryUnit,
    Weapon,
    Event,
    Date,
    Money,
    Quantity,
    Vessel,  // a named ship ("the tanker Marisol Dawn"); last, so stored indices keep meaning
};
inline constexpr size_t kEntityTypeCount = 11;
inline constexpr std::array<EntityType, kEntityTypeCount> kAllEntityTypes = {
    EntityType::Person,      EntityType::Organization, EntityType::Location,
    EntityType::Nationality, EntityType::MilitaryUnit, EntityType::Weapon,
    EntityType::Event,       EntityType::Date,         EntityType::Money,
    EntityType::Quantity,    EntityType::Vessel,
};

// "PERSON", "ORGANIZATION", ..., "MILITARY_UNIT", ...
std::string_view entityTypeName(EntityType type);
// Accepts the contract names (case-insensitive) and the CoNLL short forms PER/ORG/LOC.
std::optional<EntityType> parseEntityType(std::string_view name);

// What a relation says, for filtering.  CoOccurrence is the weak "mentioned in the same
// sentence" link; every other type comes from a pattern with a human label.
enum class RelationType : uint8_t {
    Role,        // X is ambassador of / analyst at / president of Y
    Membership,  // X is part of / member of Y
    Location,    // X is located in Y
    Military,    // deploy, send troops, supply weapons
    Economic,    // pay, fund, trade, sanction (economic)
    Diplomatic,  // meet, discuss, visit, talks
    Statement,   // X said / described / warned (source of a claim)
    Conflict,    // fight, attack, invade
    Alliance,    // support, ally, partnership
    Action,      // any other subject-verb-object
    CoOccurrence,
};
inline constexpr size_t kRelationTypeCount = 11;
inline constexpr std::array<RelationType, kRelationTypeCount> kAllRelationTypes = {
    RelationType::Role,      RelationType::Membership,   RelationType::Location,
    RelationType::Military,  RelationType::Economic,     RelationType::Diplomatic,
    RelationType::Statement, RelationType::Conflict,     RelationType::Alliance,
    RelationType::Action,    RelationType::CoOccurrence,
};

// "ROLE", "MEMBERSHIP", ..., "CO_OCCURRENCE"
std::string_view relationTypeName(RelationType type);
std::optional<RelationType> parseRelationType(std::string_view name);

}  // namespace entgraph
