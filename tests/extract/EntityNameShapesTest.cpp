// Entity cues from the shape of a name and the words around it (issue #4, session 13): named
// operations, names ending in a company word, ships listed after a ship noun or named with
// their flag. Each written anew, not copied from a gold article.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(EntityNameShapes, ANamedOperationIsAForce) {
    const auto x = extractDefault(
        "A Spanish frigate serving with Operation Atalanta boarded the dhow. The mission, named "
        "Operation Northern Lantern, will be run from Bergen.");
    expectType(x, "Operation Atalanta", EntityType::MilitaryUnit);
    expectType(x, "Operation Northern Lantern", EntityType::MilitaryUnit);
}

TEST(EntityNameShapes, ANameEndingInACompanyWordIsACompany) {
    const auto x = extractDefault(
        "The contract went to Marvik Defence of Norway. The tanker is owned by Pelagos Maritime "
        "of Piraeus, according to Ashcombe Marine, a broker.");
    expectType(x, "Marvik Defence", EntityType::Organization);
    expectType(x, "Pelagos Maritime", EntityType::Organization);
    expectType(x, "Ashcombe Marine", EntityType::Organization);
}

TEST(EntityNameShapes, ShipsListedAfterAShipNounAndShipsNamedWithTheirFlag) {
    const auto x = extractDefault(
        "Spain is sending two frigates, the Navarra and the Almirante Lobo, which sailed from "
        "Rota. The Ocean Lark, a Panama-flagged tanker owned by Delos Shipping, was hit. The "
        "second ship, the Cook Islands-flagged Silver Tern, was not damaged.");
    expectType(x, "Navarra", EntityType::Vessel);
    expectType(x, "Almirante Lobo", EntityType::Vessel);
    expectType(x, "Ocean Lark", EntityType::Vessel);
    expectType(x, "Silver Tern", EntityType::Vessel);
    expectType(x, "Cook Islands", EntityType::Location);
}

TEST(EntityNameShapes, RoyalBeforeAStatesForceAndACompanysFirstWords) {
    const auto x = extractDefault(
        "The Royal Thai Navy sent two frigates. The terminal is run by Kessel Refining Company. "
        "Kessel Refining said its engineers had contained the fire.");
    expectType(x, "Royal Thai Navy", EntityType::MilitaryUnit);
    const auto* company = entity(x, "Kessel Refining Company");
    ASSERT_NE(company, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*company, "Kessel Refining")) << dumpEntities(x);
}

TEST(EntityNameShapes, NamedCampsAndLinesArePlaces) {
    // the rule tagger alone finds a line named with its head word, whatever the model does
    const auto x = extractRules(
        "The 900 km Trans-Caspian Gas Pipeline will start at Turkmenbashi. Irish soldiers are "
        "stationed at Camp Shamrock.");
    expectType(x, "Trans-Caspian Gas Pipeline", EntityType::Location);
    const auto y = extractDefault("Irish soldiers are stationed at Camp Shamrock near Tiri.");
    expectType(y, "Camp Shamrock", EntityType::Location);
}

TEST(EntityNameShapes, MinistriesAfterADemonymAndMissionsNamedWithTheirCountry) {
    const auto x = extractDefault(
        "The Chinese Foreign Ministry said it opposed the deal. Gunmen attacked a convoy near "
        "Bor, the UN Mission in South Sudan (UNMISS) said. UNMISS has 14,000 troops.");
    expectType(x, "Foreign Ministry", EntityType::Organization);
    EXPECT_EQ(entity(x, "Chinese Foreign Ministry"), nullptr) << dumpEntities(x);
    expectType(x, "UN Mission in South Sudan", EntityType::MilitaryUnit);
    EXPECT_NE(typed(x, "UN Mission in South Sudan", "Bor", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(EntityNameShapes, NumberedUnitsServicesThatOwnThemAndArabicSurnames) {
    const auto x = extractDefault(
        "The U.S. Navy's Fifth Fleet is based in Bahrain. Soldiers of Air Defence Missile Wing 1 "
        "and the Italian Air Force's 4th Wing took part. Saudi Energy Minister Faisal al-Rashed "
        "said the mine cost 96 billion CFA francs.");
    expectType(x, "U.S. Navy", EntityType::MilitaryUnit);
    expectType(x, "Fifth Fleet", EntityType::MilitaryUnit);
    EXPECT_NE(typed(x, "Fifth Fleet", "U.S. Navy", RelationType::Membership), nullptr)
        << dumpRelations(x);
    expectType(x, "Air Defence Missile Wing 1", EntityType::MilitaryUnit);
    expectType(x, "4th Wing", EntityType::MilitaryUnit);
    expectType(x, "Faisal al-Rashed", EntityType::Person);
    expectType(x, "96 billion CFA francs", EntityType::Money);
}

TEST(EntityNameShapes, AWeaponsBatteryCountedOrNotIsOneWeapon) {
    const auto x = extractDefault(
        "Two Patriot batteries engaged the missiles, and a Patriot battery lent by Greece "
        "destroyed one of them. The plant will make lithium batteries for Volkswagen.");
    const auto* patriot = entity(x, "Patriot batteries");
    ASSERT_NE(patriot, nullptr) << dumpEntities(x);
    EXPECT_EQ(patriot->type, EntityType::Weapon);
    EXPECT_EQ(entity(x, "Patriot battery"), nullptr) << dumpEntities(x);  // the same weapon
    EXPECT_NE(typed(x, "Greece", "Patriot batteries", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(entity(x, "lithium batteries"), nullptr) << dumpEntities(x);
}

TEST(EntityNameShapes, AmountsInAnyCurrencyTheISOListNames) {
    // currencies.txt comes from ISO 4217 (iso-codes); "12 real threats" is no money
    const auto x = extractRules(
        "Poland will pay 450 million zloty, Kazakhstan raised 300 billion tenge and Ghana paid "
        "12 million cedis. He saw 12 real threats.");
    expectType(x, "450 million zloty", EntityType::Money);
    expectType(x, "300 billion tenge", EntityType::Money);
    expectType(x, "12 million cedis", EntityType::Money);
    EXPECT_EQ(entity(x, "12 real"), nullptr) << dumpEntities(x);
}

TEST(EntityNameShapes, MoreNavyPrefixesAndAListedShipKeepsItsType) {
    const auto x = extractDefault(
        "The Peruvian vessel, the Rio Tumbes, which had come from Paita, returned there. The "
        "ARC Punta Espada and the BAP Ferre patrolled the area. Later the Rio Tumbes escorted "
        "four fishing boats.");
    expectType(x, "Rio Tumbes", EntityType::Vessel);
    expectType(x, "ARC Punta Espada", EntityType::Vessel);
    expectType(x, "BAP Ferre", EntityType::Vessel);
}

TEST(EntityNameShapes, CompanyNamesOpenedByAHeadWord) {
    const auto x = extractDefault(
        "Banco Meseta will buy Banco Atlantico, the Porto-based lender, from Grupo Rocha.");
    expectType(x, "Banco Meseta", EntityType::Organization);
    expectType(x, "Banco Atlantico", EntityType::Organization);
    EXPECT_NE(typed(x, "Banco Atlantico", "Porto", RelationType::Location), nullptr)
        << dumpRelations(x);
}

TEST(EntityNameShapes, ATitleCaseHeadlineNamesNoShipAfterAShipNoun) {
    const auto x = extractDefault(
        "Baltic Cable Back in Service as Tanker Captain Is Charged\n\nThe captain of the tanker "
        "Marisol Dawn was charged in Helsinki on Monday.");
    expectType(x, "Marisol Dawn", EntityType::Vessel);
    EXPECT_EQ(entity(x, "Captain Is Charged"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "Captain"), nullptr) << dumpEntities(x);
}
