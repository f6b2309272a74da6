#include <gtest/gtest.h>

#include "core/Palette.h"
#include "core/Resources.h"
#include "core/Types.h"

using namespace entgraph;

TEST(Types, EntityNamesRoundTrip) {
    for (EntityType t : kAllEntityTypes) EXPECT_EQ(parseEntityType(entityTypeName(t)), t);
    EXPECT_EQ(entityTypeName(EntityType::MilitaryUnit), "MILITARY_UNIT");
    EXPECT_EQ(parseEntityType("per"), EntityType::Person);
    EXPECT_FALSE(parseEntityType("SPACESHIP"));
}

TEST(Types, RelationNamesRoundTrip) {
    for (RelationType t : kAllRelationTypes) EXPECT_EQ(parseRelationType(relationTypeName(t)), t);
    EXPECT_EQ(relationTypeName(RelationType::CoOccurrence), "CO_OCCURRENCE");
}

TEST(Palette, EveryTypeHasADistinctColour) {
    for (EntityType a : kAllEntityTypes)
        for (EntityType b : kAllEntityTypes)
            if (a != b) {
                EXPECT_NE(toHex(entityColor(a)), toHex(entityColor(b)));
            }
    EXPECT_EQ(toHex(Rgb{255, 0, 16}), "#ff0010");
}

TEST(Resources, MissingResourceIsReported) {
    EXPECT_FALSE(findResource("no/such/file"));
    EXPECT_THROW(resource("no/such/file"), std::runtime_error);
}
