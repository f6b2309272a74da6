// Entity types from the words around a name (descriptors, appositions, datelines) and the
// typed rules for infrastructure, units, relative dates and spelled-out counts.  Each test
// runs the product's default extractor (trained model + rules) and, where the rule alone must
// decide, the rule tagger only.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(EntityCues, DescribedOrganisationsAreOrganisations) {
    const std::string text =
        "The Dutch chipmaker Velmora opened a plant near Eindhoven. Korvath Marine, a Norwegian "
        "shipping company, said it would hire 300 workers. A criminal group known as Silver Lynx "
        "sold the data.";
    for (const auto& x : {extractDefault(text), extractRules(text)}) {
        expectType(x, "Velmora", EntityType::Organization);
        expectType(x, "Korvath Marine", EntityType::Organization);
        expectType(x, "Silver Lynx", EntityType::Organization);
    }
}

TEST(EntityCues, ListedCompaniesNamedAloneAreOrganisations) {
    // a one-word company first in its sentence has no cue but the list (companies.txt)
    const std::string text =
        "Saab delivered two Gripen jets to Hungary on Monday. Rheinmetall said it would build a "
        "plant in Lithuania.";
    for (const auto& x : {extractDefault(text), extractRules(text)}) {
        expectType(x, "Saab", EntityType::Organization);
        expectType(x, "Rheinmetall", EntityType::Organization);
    }
    // a listed company's name inside a person's name stays the person's
    expectType(extractDefault("Jonas Saab said the talks had failed."), "Jonas Saab",
               EntityType::Person);
}

TEST(EntityCues, AppositionHeadMustBeTheDescriptor) {
    // "a company spokesman" describes a person; "analyst at the ... Corporation" too
    const auto x = extractDefault(
        "Marta Lindqvist, a company spokeswoman, said output fell. Oskar Brandt, a senior analyst "
        "at the Helix Corporation, disagreed.");
    expectType(x, "Marta Lindqvist", EntityType::Person);
    expectType(x, "Oskar Brandt", EntityType::Person);
}

TEST(EntityCues, OrganisationThingsAndInstitutionsWithArticle) {
    const auto x = extractDefault(
        "Tervola's chief executive, Anna Laine, resigned on Tuesday. The Bundestag declined to "
        "comment.");
    expectType(x, "Tervola", EntityType::Organization);
    expectType(x, "Anna Laine", EntityType::Person);
    expectType(x, "Bundestag", EntityType::Organization);
}

TEST(EntityCues, AgencyInDatelineIsNoAcronymOfThePlace) {
    const auto x = extractDefault("RIGA, Latvia (AP) - Latvia closed two border crossings.");
    const ExtractedEntity* latvia = entity(x, "Latvia");
    ASSERT_NE(latvia, nullptr) << dumpEntities(x);
    EXPECT_FALSE(hasAlias(*latvia, "AP")) << dumpEntities(x);
    expectType(x, "AP", EntityType::Organization);
}

TEST(EntityCues, PortfolioBeforeMinisterIsNoEntity) {
    const auto x = extractDefault(
        "Justice Minister Henrik Dahl met Labour Minister Eva Lund and the Italian Energy Minister "
        "in Rome.");
    expectType(x, "Henrik Dahl", EntityType::Person);
    EXPECT_EQ(entity(x, "Justice"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "Labour"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "Italian Energy"), nullptr) << dumpEntities(x);
}

TEST(EntityCues, CapitalisedWeaponWordEndsACompanyName) {
    const auto x = extractRules("Orvik Defence Systems will supply 12 howitzers to Chile.");
    EXPECT_EQ(entity(x, "Orvik Defence Systems") ? entity(x, "Orvik Defence Systems")->type
                                                 : EntityType::Organization,
              EntityType::Organization)
        << dumpEntities(x);
    for (const ExtractedEntity& e : x.entities)
        EXPECT_NE(e.type == EntityType::Weapon && e.name.find("Orvik") != std::string::npos, true)
            << dumpEntities(x);
}

TEST(EntityCues, NamedInfrastructureIsAPlace) {
    const auto x = extractRules(
        "Divers inspected the Nordlink 2 power cable and the Balticpipe gas pipeline, but the "
        "Russian gas pipeline was intact.");
    expectType(x, "Nordlink 2", EntityType::Location);
    expectType(x, "Balticpipe", EntityType::Location);
    for (const ExtractedEntity& e : x.entities)
        EXPECT_NE(e.type == EntityType::Location && e.name == "Russian", true) << dumpEntities(x);
}

TEST(EntityCues, UnitsShoalsDatesAndCounts) {
    const auto x = extractRules(
        "Hackers of Unit 26165 struck in March. Three patrol boats and four divers searched "
        "the Scarborough Shoal last week, after talks broke down in the 1990s and resumed on "
        "Oct 3. Two years ago the first quarter was weak.");
    expectType(x, "Unit 26165", EntityType::MilitaryUnit);
    expectType(x, "March", EntityType::Date);
    expectType(x, "Three patrol boats", EntityType::Quantity);
    expectType(x, "four divers", EntityType::Quantity);
    expectType(x, "Scarborough Shoal", EntityType::Location);
    expectType(x, "last week", EntityType::Date);
    expectType(x, "1990s", EntityType::Date);
    expectType(x, "Oct 3", EntityType::Date);
    expectType(x, "first quarter", EntityType::Date);
    EXPECT_EQ(entity(x, "Two years"), nullptr) << dumpEntities(x);  // no count worth a node
}

TEST(EntityCues, CapitalThatSpeaksIsItsCountry) {
    const auto x = extractRules(
        "Warsaw condemned the raid, while the tribunal in Madrid said the case was closed. "
        "Tourists crowded Madrid.");
    const ExtractedEntity* poland = entity(x, "Poland");
    ASSERT_NE(poland, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*poland, "Warsaw")) << dumpEntities(x);
    // after "in", the capital is the place, not the speaker
    EXPECT_EQ(entity(x, "Spain"), nullptr) << dumpEntities(x);
    expectType(x, "Madrid", EntityType::Location);
}

TEST(EntityCues, ListedOrganisationsSpanInAndNationalitiesStayBeforeWeapons) {
    const auto x = extractRules(
        "Observers of the Organization for Security and Co-operation in Europe counted 40 "
        "South Korean tanks. Turkey and Türkiye are one country.");
    expectType(x, "Organization for Security and Co-operation in Europe", EntityType::Organization);
    expectType(x, "South Korean", EntityType::Nationality);
    EXPECT_EQ(entity(x, "Europe"), nullptr) << dumpEntities(x);
    const ExtractedEntity* turkey = entity(x, "Türkiye");
    ASSERT_NE(turkey, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*turkey, "Turkey")) << dumpEntities(x);
}

// A word that names bodies ("Council", "Court") is no town of that name on its own, though
// the city lists have one; the town's longer names still are.
TEST(EntityCues, BodyWordIsNoTownOfThatName) {
    const auto x = extractRules("Council chair Dana Whitfield said the vote would be held.");
    EXPECT_EQ(entity(x, "Council"), nullptr) << dumpEntities(x);
    ASSERT_NE(entity(x, "Dana Whitfield"), nullptr) << dumpEntities(x);
    const auto y = extractRules("The convoy drove from Omaha to Council Bluffs.");
    const ExtractedEntity* town = entity(y, "Council Bluffs");
    ASSERT_NE(town, nullptr) << dumpEntities(y);
    EXPECT_EQ(town->type, EntityType::Location);
}

// Counts of people, things and measures are quantities; counts of messages and ideas are not.
TEST(EntityCues, CountsOfAbstractThingsAreNoQuantities) {
    const auto x = extractRules(
        "The inquiry made 14 recommendations and three proposals. It found 2,300 homes damaged, "
        "40 injuries and 12 tonnes of debris, and 900 engineers were sent.");
    EXPECT_EQ(entity(x, "14 recommendations"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "three proposals"), nullptr) << dumpEntities(x);
    for (const char* q : {"2,300 homes", "40 injuries", "12 tonnes", "900 engineers"}) {
        const ExtractedEntity* e = entity(x, q);
        ASSERT_NE(e, nullptr) << q << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Quantity) << q;
    }
}

// Common abbreviations and holidays are no names, though a town or an acronym rule could
// make one of them: "IPO" is no organisation, "Christmas" (a town in Florida) no place.
TEST(EntityCues, AbbreviationsAndHolidaysAreNoNames) {
    const auto x = extractRules(
        "Sales rose before Christmas, and the IPO of Kestrel Dynamics was delayed, the ministry "
        "said at 10 GMT.");
    EXPECT_EQ(entity(x, "Christmas"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "IPO"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "GMT"), nullptr) << dumpEntities(x);
    EXPECT_NE(entity(x, "Kestrel Dynamics"), nullptr) << dumpEntities(x);
}

// "X air base" is a place with its head, like "X region": not a person "X".
TEST(EntityCues, AirBaseIsAPlaceWithItsHead) {
    const auto x = extractRules(
        "The drones will be based at Mirovka air base, and the ships at Tolvik naval base.");
    for (const char* name : {"Mirovka air base", "Tolvik naval base"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Location);
    }
}

// A spelled-out count of the story's own actors ("the two countries") is no quantity node;
// a count in digits of people stays one.
TEST(EntityCues, SpelledOutCountsOfActorsAreNoQuantities) {
    const auto x = extractRules(
        "The two governments signed the deal, and the two countries will send 40 inspectors.");
    EXPECT_EQ(entity(x, "two governments"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "two countries"), nullptr) << dumpEntities(x);
    EXPECT_NE(entity(x, "40 inspectors"), nullptr) << dumpEntities(x);
}

// "Almaty-based X": the name starts after where the company is based.
TEST(EntityCues, BasedPrefixIsNoPartOfTheName) {
    const auto x = extractRules("Regulators fined Oslo-based Trellvik Energy on Monday.");
    EXPECT_NE(entity(x, "Trellvik Energy"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "Oslo-based Trellvik Energy"), nullptr) << dumpEntities(x);
}

TEST(EntityCues, NameConnectorsJoinAPersonAfterALowerCaseTitle) {
    // "de" is no capitalised word, "Wit" is a common one: the title says a person follows
    const std::string text =
        "The two men were detained in Rotterdam on Monday, prosecutor Femke de Wit told "
        "reporters.";
    for (const auto& x : {extractDefault(text), extractRules(text)})
        expectType(x, "Femke de Wit", EntityType::Person);
}

TEST(EntityCues, StaffAtANameMakeItAnOrganisation) {
    const auto x = extractDefault(
        "Security researchers at Mandiant linked the gang to a network in Ireland. Engineers "
        "at Kursk said the plant was safe.");
    expectType(x, "Mandiant", EntityType::Organization);
    expectType(x, "Kursk", EntityType::Location);  // a listed place stays one
}

TEST(EntityCues, ADemonymOpeningACountrysNameIsTheCountry) {
    const std::string text =
        "Russia sent instructors to the Central African Republic. Central African troops "
        "patrolled Bangui.";
    for (const auto& x : {extractDefault(text), extractRules(text)}) {
        expectType(x, "Central African Republic", EntityType::Location);
        expectType(x, "Central African", EntityType::Nationality);
    }
}

TEST(EntityCues, AVerbCapitalisedInAHeadlineIsNoPartOfAName) {
    const auto x = extractDefault(
        "Tallinn Summit Launches Joint Patrols to Guard Baltic Seabed\n\nSeoul to Send Envoy to "
        "North Korea\n\nTALLINN - Leaders met on Monday.");
    EXPECT_EQ(entity(x, "Guard Baltic"), nullptr) << dumpEntities(x);
    expectType(x, "North Korea", EntityType::Location);
}

TEST(EntityCues, AListedPlaceOwningANameIsNoPartOfIt) {
    const std::string text =
        "Boats were hit on Saturday, Manila's National Maritime Council said. Officials met "
        "Spain's People's Party.";
    for (const auto& x : {extractDefault(text), extractRules(text)}) {
        expectType(x, "National Maritime Council", EntityType::Organization);
        EXPECT_EQ(entity(x, "Manila's National Maritime Council"), nullptr) << dumpEntities(x);
    }
    // no place before its "'s"
    expectType(extractDefault(text), "People's Party", EntityType::Organization);
}

TEST(EntityCues, ACoastGuardIsAnAgencyAndACountOpensNoName) {
    const std::string text =
        "PUERTO PRINCESA, Philippines (Reuters) - Two Philippine Coast Guard boats were hit by "
        "ships of the China Coast Guard on Saturday.";
    for (const auto& x : {extractDefault(text), extractRules(text)}) {
        expectType(x, "Philippine Coast Guard", EntityType::Organization);
        expectType(x, "China Coast Guard", EntityType::Organization);
    }
}

TEST(EntityCues, FacilitiesAndPlacesNamedByTheirNoun) {
    const std::string text =
        "Drones struck the Saratov oil refinery overnight. Debris damaged a school in the "
        "nearby town of Engels, home to a bomber base.";
    for (const auto& x : {extractDefault(text), extractRules(text)}) {
        expectType(x, "Saratov oil refinery", EntityType::Location);
        expectType(x, "Engels", EntityType::Location);
    }
}

TEST(EntityCues, ANationalityAndACommonNounAreNoEvent) {
    const auto x = extractDefault(
        "Russia said its air defences had destroyed 41 Ukrainian drones overnight. The Russian "
        "Revolution began in 1917.");
    for (const ExtractedEntity& e : x.entities)
        EXPECT_FALSE(e.type == EntityType::Event && e.name.find("drones") != std::string::npos)
            << e.name;
    expectType(x, "Russian Revolution", EntityType::Event);
}

TEST(EntityCues, CompaniesNamedWithTheirCountryOrARelativeWhich) {
    const std::string text =
        "Pinecrest Lithium of Australia did not raise its offer. Salar Andino, which is based "
        "in Antofagasta, agreed to the offer. The Export-Import Bank of India lent the money. "
        "Chile's National Economic Prosecutor's Office approved the deal.";
    const auto x = extractDefault(text);
    expectType(x, "Pinecrest Lithium", EntityType::Organization);
    expectType(x, "Australia", EntityType::Location);
    expectType(x, "Salar Andino", EntityType::Organization);
    expectType(x, "Export-Import Bank of India", EntityType::Organization);
    expectType(x, "National Economic Prosecutor's Office", EntityType::Organization);
}

TEST(EntityCues, AmountsInAForeignCurrency) {
    const std::string text = "Northbay will pay 41 Canadian dollars per share.";
    for (const auto& x : {extractDefault(text), extractRules(text)}) {
        expectType(x, "41 Canadian dollars", EntityType::Money);
        EXPECT_EQ(entity(x, "Canadian"), nullptr) << dumpEntities(x);
    }
}

TEST(EntityCues, ANameAPlaceNounDescribesIsAPlace) {
    const auto x = extractDefault(
        "Bucha, a town northwest of Kyiv, was occupied in March. Anna Berg, a city councillor, "
        "resigned.");
    expectType(x, "Bucha", EntityType::Location);
    expectType(x, "Anna Berg", EntityType::Person);  // "city" modifies the head "councillor"
    EXPECT_NE(typed(x, "Bucha", "Kyiv", RelationType::Location), nullptr) << dumpRelations(x);
}

// Demonyms beyond world-countries' one per country (derive-lexicons.py): WordNet's
// "of or relating to <country>" adjectives and the Central Asian "-stan" stems.
TEST(EntityCues, CommonDemonymVariantsAndBritishSaint) {
    const auto x = extractRules(
        "Kyrgyz and Tajik border troops exchanged fire. Slovenian diplomat Mojca Kranjc and two "
        "Uzbek officials visited St Petersburg.");
    for (const char* name : {"Kyrgyz", "Tajik", "Uzbek"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Nationality) << name;
    }
    // a demonym before a title is the country
    expectType(x, "Slovenia", EntityType::Location);
    expectType(x, "St Petersburg", EntityType::Location);
}

// A headline the tagger may take whole is a clause, no name: its finite verb ends it.
TEST(EntityCues, AHeadlineClauseIsNoName) {
    const auto x = extractDefault(
        "Civic Renewal wins Bulgarian election as outgoing premier concedes\n\nSOFIA (Reuters) - "
        "Civic Renewal, the main centre-right party, won Sunday's election.");
    for (const ExtractedEntity& e : x.entities)
        EXPECT_EQ(e.name.find(" wins "), std::string::npos) << dumpEntities(x);
    expectType(x, "Bulgarian", EntityType::Nationality);
    expectType(x, "Civic Renewal", EntityType::Organization);
}

TEST(EntityCues, WhatOnlyAnOrganisationHasNamedBeforeIt) {
    const auto x = extractDefault(
        "Kilwa Midstream runs the import terminal. Grace Mwakyusa, the chief executive of Kilwa "
        "Midstream, said the company would keep control.");
    expectType(x, "Kilwa Midstream", EntityType::Organization);
    EXPECT_NE(typed(x, "Grace Mwakyusa", "Kilwa Midstream", RelationType::Role), nullptr)
        << dumpRelations(x);
}

// org-words.tsv suffixes of infrastructure companies: "Midstream", "Ports", "Utilities"
TEST(EntityCues, InfrastructureCompanySuffixes) {
    const auto x = extractRules(
        "Kilwa Midstream runs the terminal. A consortium led by China's Huaxin Ports withdrew. "
        "Anglian Utilities raised bills.");
    expectType(x, "Kilwa Midstream", EntityType::Organization);
    expectType(x, "Huaxin Ports", EntityType::Organization);
    expectType(x, "Anglian Utilities", EntityType::Organization);
}

TEST(EntityCues, ANamePlacedNearAPlaceOrABasesSiteIsAPlace) {
    const auto x = extractDefault(
        "Russia, which keeps an air base at Kant, near Bishkek, urged restraint. Anna Berg, near "
        "Oslo, spoke.");
    expectType(x, "Kant", EntityType::Location);
    expectType(x, "Anna Berg", EntityType::Person);  // a first name: a person
    EXPECT_NE(typed(x, "Kant", "Bishkek", RelationType::Location), nullptr) << dumpRelations(x);
}

TEST(EntityCues, DollarsOfACountryAndMaritimeCompanies) {
    const auto x = extractRules(
        "Canada will give Ukraine a C$500 million aid package. The deal is worth US$2 billion. "
        "The tanker is managed by Halcyon Maritime, a shipping company.");
    expectType(x, "C$500 million", EntityType::Money);
    expectType(x, "US$2 billion", EntityType::Money);
    EXPECT_EQ(entity(x, "$500 million"), nullptr) << dumpEntities(x);
    expectType(x, "Halcyon Maritime", EntityType::Organization);
}

TEST(EntityCues, ShipsNamedAfterAShipNounOrAFlagOfficer) {
    const auto x = extractDefault(
        "The corvette Admiral Lobov came within 200 metres of the research ship Havbris. "
        "Russia's embassy said the Admiral Lobov had been on a routine transit. The tanker "
        "Eagle S cut the cable. Admiral James Stavridis spoke.");
    expectType(x, "Admiral Lobov", EntityType::Vessel);
    expectType(x, "Havbris", EntityType::Vessel);
    expectType(x, "Eagle S", EntityType::Vessel);
    expectType(x, "James Stavridis", EntityType::Person);  // "Admiral X" without "the": a person
    // what is said of a ship links no statement to it (the gold convention)
    EXPECT_EQ(typed(x, "Russia", "Admiral Lobov", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(EntityCues, AirForcesAreUnitsAndShipIsAlsoAVerb) {
    const auto x = extractDefault(
        "The Hungarian Air Force will fly them, the Joint Expeditionary Force said. Qatar will "
        "ship LNG to Poland.");
    expectType(x, "Hungarian Air Force", EntityType::MilitaryUnit);
    expectType(x, "Joint Expeditionary Force", EntityType::Organization);  // a coalition
    const ExtractedEntity* lng = entity(x, "LNG");
    if (lng) {
        EXPECT_NE(lng->type, EntityType::Vessel) << dumpEntities(x);
    }
}

TEST(EntityCues, AGovernmentOfANameIsAnOrganisationOfACountryTheCountry) {
    const auto x = extractDefault(
        "The Government of National Accord denied it. The Government of Canada said so.");
    expectType(x, "Government of National Accord", EntityType::Organization);
    expectType(x, "Canada", EntityType::Location);
    EXPECT_EQ(entity(x, "Government of Canada"), nullptr) << dumpEntities(x);
}

TEST(EntityCues, MinesAndFieldsKeepTheirHead) {
    // like "Mirovka air base": the facility's head word is part of the place's name
    const auto x = extractDefault(
        "Orvik Minerals will buy a stake in the Lumana copper mine in Zambia. The pipeline will "
        "start at the Dashoguz gas field.");
    expectType(x, "Lumana copper mine", EntityType::Location);
    expectType(x, "Dashoguz gas field", EntityType::Location);
    EXPECT_NE(typed(x, "Lumana copper mine", "Zambia", RelationType::Location), nullptr)
        << dumpRelations(x);
}

TEST(EntityCues, ADemonymBeforeALowerCasePortfolioAndTitleIsTheCountry) {
    const auto x = extractRules(
        "Russian foreign minister Sergei Lavrov met a Swedish company spokesman in Geneva.");
    expectType(x, "Russia", EntityType::Location);
    EXPECT_NE(typed(x, "Sergei Lavrov", "Russia", RelationType::Role), nullptr) << dumpRelations(x);
    expectType(x, "Swedish", EntityType::Nationality);  // a company's spokesman
}

TEST(EntityCues, AnOfficeForTheNameGoesOn) {
    const auto x = extractDefault(
        "Food was sent to Goma, according to the United Nations Office for the Coordination of "
        "Humanitarian Affairs.");
    expectType(x, "United Nations Office for the Coordination of Humanitarian Affairs",
               EntityType::Organization);
    EXPECT_EQ(entity(x, "United Nations Office"), nullptr) << dumpEntities(x);
}

TEST(EntityCues, SettlementsAfterTheirNounAndSubdivisionsByTheirHead) {
    const auto x = extractDefault(
        "Troops exchanged fire near the village of Ak-Suu in the Batken region. Most refugees come "
        "from Karen State in southeastern Myanmar.");
    expectType(x, "Ak-Suu", EntityType::Location);
    expectType(x, "Karen State", EntityType::Location);
    EXPECT_NE(typed(x, "Ak-Suu", "Batken region", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Karen State", "Myanmar", RelationType::Location), nullptr)
        << dumpRelations(x);
}

TEST(EntityCues, AnAcronymBeforeSecretaryIsTheBody) {
    // "Justice Minister X" names a portfolio, "NATO Secretary General X" the body
    const auto x = extractDefault("NATO Secretary General Mark Rutte said the allies agreed.");
    expectType(x, "NATO", EntityType::Organization);
    EXPECT_NE(typed(x, "Mark Rutte", "NATO", RelationType::Role), nullptr) << dumpRelations(x);
}

TEST(EntityCues, YearsAfterMorePrepositionsAndDefenceForces) {
    const auto x = extractDefault(
        "The two countries fought a war from 1998 to 2000. Qatar brokered the 2018 peace "
        "agreement. The index rose to 2000 points. The Israel Defense Forces said so. Qatar "
        "ships LNG to Pakistan.");
    expectType(x, "1998", EntityType::Date);
    expectType(x, "2000", EntityType::Date);
    expectType(x, "2018", EntityType::Date);
    expectType(x, "Israel Defense Forces", EntityType::MilitaryUnit);
    EXPECT_EQ(entity(x, "LNG"), nullptr) << dumpEntities(x);
}
