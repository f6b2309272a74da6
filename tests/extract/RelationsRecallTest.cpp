// Relation recall (issue #4, held-out report): the kinds of sentence the first rules missed,
// each written anew (other names, other wording) so that the held-out articles stay unseen.
// Rule tagger only (ExtractTestUtil.h), so these do not move with the trained model.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

// ---- 1. objects far from the verb: counts, money, modifiers, units of weapons -------------

TEST(RelationsRecall, DeploymentWithCoordinatedCargoAndADirection) {
    const auto x = extractRules(
        "Norway will deploy about 300 soldiers and eight tanks to northern Lithuania.");
    const auto* r = typed(x, "Norway", "Lithuania", RelationType::Military);
    EXPECT_NE(r, nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, ABaseIsAWaypointToItsPlace) {
    // "to a base in X", "at an air base in X": the place past the base is where forces go
    const auto x = extractRules(
        "Belgium will deploy 250 soldiers to a base in Estonia. Spain stations fighter jets at "
        "an air base in Bulgaria. Austria flew four Eurofighter jets to an air base in Slovenia.");
    EXPECT_NE(typed(x, "Belgium", "Estonia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Spain", "Bulgaria", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Austria", "Slovenia", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, AHeadlineCapitalisesItsVerb) {
    // In running text a capitalised word is no verb; in a title-case headline it may be.
    const auto x = extractRules("Portugal Will Send 200 Engineers to Moldova.\n\nIt said so.");
    EXPECT_NE(typed(x, "Portugal", "Moldova", RelationType::Military), nullptr) << dumpRelations(x);
    const auto y = extractRules("Officials from Portugal Trade with Moldova, it said.");
    EXPECT_EQ(between(y, "Portugal", "Moldova"), nullptr) << dumpRelations(y);
}

TEST(RelationsRecall, AUnitOfWeaponsSentToACountry) {
    const auto x =
        extractRules("Denmark had agreed to send a battery of Hawk missiles to Slovakia.");
    EXPECT_NE(typed(x, "Denmark", "Slovakia", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, MoneyObjectsAreEconomic) {
    const auto x = extractRules(
        "The World Bank agreed to lend Armenia 600 million dollars. Luxembourg will give 4 "
        "million euros to Moldova.");
    EXPECT_NE(typed(x, "World Bank", "Armenia", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Luxembourg", "Moldova", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AContractWithACompanyIsEconomic) {
    const auto x = extractRules(
        "Greece signed a 900 million euro contract with Kestrel Dynamics for 24 armoured "
        "vehicles.");
    EXPECT_NE(typed(x, "Greece", "Kestrel Dynamics", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, InvestmentInAPlantInAPlace) {
    const auto x = extractRules(
        "Voltara Motors will invest $2 billion in a new battery plant in "
        "Hungary.");
    EXPECT_NE(typed(x, "Voltara Motors", "Hungary", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, RelativeClauseAfterACompany) {
    const auto x =
        extractRules("Brodmark Shipyards, which builds corvettes for Bulgaria, reported a profit.");
    EXPECT_NE(typed(x, "Brodmark Shipyards", "Bulgaria", RelationType::Military), nullptr)
        << dumpRelations(x);
}

// ---- 2. a subject with an inserted clause keeps its verb ----------------------------------

TEST(RelationsRecall, SubjectWithARelativeClause) {
    const auto x = extractRules(
        "Canada, which has a defence pact with Poland, sent 200 soldiers to Latvia. Lithuania, "
        "which borders Belarus, hosts a NATO battle group.");
    EXPECT_NE(typed(x, "Canada", "Latvia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Lithuania", "NATO", RelationType::Military), nullptr) << dumpRelations(x);
    // the clause's own object is no object of the main verb
    EXPECT_EQ(between(x, "Poland", "Latvia"), nullptr) << dumpRelations(x);
}

// ---- 3. statements ------------------------------------------------------------------------

TEST(RelationsRecall, SpeakerInAppositionBeforeTheVerb) {
    const auto x = extractRules(
        "The foreign ministry's spokeswoman, Ingrid Dahl, told reporters that Denmark would expel "
        "two diplomats. Anna Berg, an analyst at the Bergen Institute, said Norway was "
        "unprepared.");
    EXPECT_NE(typed(x, "Ingrid Dahl", "Denmark", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Anna Berg", "Norway", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(typed(x, "Bergen Institute", "Norway", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, SpeakerWithARelativeClauseIsNoClaim) {
    const auto x = extractRules(
        "Latvian President Karlis Ozols, who hosted the summit, said Latvia would raise "
        "spending.");
    EXPECT_NE(typed(x, "Karlis Ozols", "Latvia", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(typed(x, "Latvia", "Karlis Ozols", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, TheCompanysSpeakerIsNotTheClaimsPlace) {
    const auto x = extractRules(
        "Fjordkraft Energy reported a loss on Monday. Its chief executive, Ola Nygaard, said "
        "Norway remained its main market.");
    EXPECT_NE(typed(x, "Ola Nygaard", "Norway", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(typed(x, "Norway", "Ola Nygaard", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, PronounSpeakerIsTheOnePersonJustNamed) {
    const auto x = extractRules(
        "Defence Minister Juha Lappi visited the factory on Monday. He said Finland would buy "
        "radars from Italy.");
    EXPECT_NE(typed(x, "Juha Lappi", "Finland", RelationType::Statement), nullptr)
        << dumpRelations(x);
    // the subject of the sentence before, not its object
    const auto y = extractRules("Maria Lind met Eva Strand in Oslo. She said Sweden would join.");
    EXPECT_NE(typed(y, "Maria Lind", "Sweden", RelationType::Statement), nullptr)
        << dumpRelations(y);
    EXPECT_EQ(typed(y, "Eva Strand", "Sweden", RelationType::Statement), nullptr)
        << dumpRelations(y);
    // two speakers in the sentence before: "he" is ambiguous, so nothing
    const auto z = extractRules(
        "Petter Dahl and Ivar Berg said the talks went well. He said Sweden would join.");
    EXPECT_EQ(typed(z, "Petter Dahl", "Sweden", RelationType::Statement), nullptr)
        << dumpRelations(z);
    EXPECT_EQ(typed(z, "Ivar Berg", "Sweden", RelationType::Statement), nullptr)
        << dumpRelations(z);
}

TEST(RelationsRecall, TheCompanyDescribedIsTheOneJustNamed) {
    const auto x = extractRules(
        "Korvex Mining opened a copper mine on Monday. The Swedish company said Finland would buy "
        "its ore.");
    EXPECT_NE(typed(x, "Korvex Mining", "Finland", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ACourtFindsThat) {
    const auto x = extractRules(
        "The Tartu District Court found that Markus Tamm had paid bribes to officials.");
    EXPECT_NE(typed(x, "Tartu District Court", "Markus Tamm", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

// ---- 4. roles -----------------------------------------------------------------------------

TEST(RelationsRecall, ACounterpartOfACountry) {
    const auto x =
        extractRules("Kaja Mets met her Lithuanian counterpart, Darius Kazlauskas, in Vilnius.");
    // the demonym stands for the country (the gold sets' convention); the rule tagger may
    // keep it a NATIONALITY entity of its own
    const auto* r = typed(x, "Darius Kazlauskas", "Lithuania", RelationType::Role);
    if (!r) r = typed(x, "Darius Kazlauskas", "Lithuanian", RelationType::Role);
    EXPECT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(between(x, "Kaja Mets", "Lithuanian"), nullptr) << dumpRelations(x);
}

// ---- 5. types -----------------------------------------------------------------------------

TEST(RelationsRecall, CiviliansAndAidAreNotMilitary) {
    const auto x = extractRules(
        "Sweden sent 120 civilian monitors to Armenia. Japan sent food aid to Sri Lanka.");
    const auto* monitors = between(x, "Sweden", "Armenia");
    ASSERT_NE(monitors, nullptr) << dumpRelations(x);
    EXPECT_NE(monitors->type, RelationType::Military) << dumpRelations(x);
    const auto* aid = between(x, "Japan", "Sri Lanka");
    ASSERT_NE(aid, nullptr) << dumpRelations(x);
    EXPECT_EQ(aid->type, RelationType::Economic) << dumpRelations(x);
}

TEST(RelationsRecall, ProtestsAndLoans) {
    const auto x = extractRules(
        "Poland filed a diplomatic protest with Belarus. Egypt promised to ask the IMF for a new "
        "loan.");
    EXPECT_NE(typed(x, "Poland", "Belarus", RelationType::Diplomatic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Egypt", "IMF", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, NoRelationAcrossUntil) {
    const auto x = extractRules(
        "Serbia would not sign the agreement until Kosovo dissolved the new police unit.");
    EXPECT_EQ(between(x, "Serbia", "Kosovo"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, NoRelationFromAParticipleClausePlace) {
    const auto x = extractRules(
        "The soldiers, drawn from the Jaeger Brigade in Sodankyla, will be based at Rovaniemi.");
    EXPECT_EQ(between(x, "Sodankyla", "Rovaniemi"), nullptr) << dumpRelations(x);
}

// ---- 6. negation --------------------------------------------------------------------------

TEST(RelationsRecall, NegatedVerbs) {
    const auto x = extractRules(
        "Belarus was not invited to Vienna. Kazakhstan had not shipped oil to Iran. Hungary did "
        "not summon the Slovak ambassador.");
    const auto* invited = between(x, "Belarus", "Vienna");
    ASSERT_NE(invited, nullptr) << dumpRelations(x);
    EXPECT_TRUE(invited->negated);
    const auto* oil = between(x, "Kazakhstan", "Iran");
    ASSERT_NE(oil, nullptr) << dumpRelations(x);
    EXPECT_TRUE(oil->negated);
    EXPECT_EQ(oil->type, RelationType::Economic);
    const auto* summon = between(x, "Hungary", "Slovakia");
    ASSERT_NE(summon, nullptr) << dumpRelations(x);
    EXPECT_TRUE(summon->negated);
    EXPECT_EQ(summon->type, RelationType::Diplomatic);
}

// ---- wire-service forms of the same facts --------------------------------------------------

TEST(RelationsRecall, ThePronounAfterASpeechVerbIsTheSpeaker) {
    const auto x = extractRules("Norway said on Monday it would deploy 400 soldiers to Latvia.");
    EXPECT_NE(typed(x, "Norway", "Latvia", RelationType::Military), nullptr) << dumpRelations(x);
    // a person's "it" is something else
    const auto y = extractRules("Karin Olsen said it would send 40 soldiers to Latvia.");
    EXPECT_EQ(typed(y, "Karin Olsen", "Latvia", RelationType::Military), nullptr)
        << dumpRelations(y);
}

TEST(RelationsRecall, TheClaimsOwnSubjectAfterASpeechVerb) {
    const auto x = extractRules("Karin Olsen said Denmark will send 300 soldiers to Latvia.");
    EXPECT_NE(typed(x, "Denmark", "Latvia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Karin Olsen", "Latvia", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, EachAndDemonymDescriptionsBeforeTheSubject) {
    const auto x = extractRules(
        "Denmark and Norway will each send 200 soldiers to Latvia. The Japanese carmaker Kaneda "
        "Motors will invest $3 billion in a battery plant in Hungary.");
    EXPECT_NE(typed(x, "Denmark", "Latvia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Norway", "Latvia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Kaneda Motors", "Hungary", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, RivalsShareThePurpose) {
    const auto x = extractRules(
        "Portugal competes with Croatia and Romania to sell frigates to Ghana and Chile.");
    for (const char* seller : {"Portugal", "Croatia", "Romania"})
        for (const char* buyer : {"Ghana", "Chile"})
            EXPECT_NE(typed(x, seller, buyer, RelationType::Military), nullptr)
                << seller << " " << buyer << "\n"
                << dumpRelations(x);
}

TEST(RelationsRecall, RanksTitlesAndPossessiveDeterminersOnSpeakers) {
    const auto x = extractRules(
        "Deputy Finance Minister Olga Petrenko said Ukraine needed more money. The mission's "
        "commander, Colonel James Otieno, said Kenya would send more officers. Her campaign "
        "manager, Lucia Fernandez, said the count in Cordoba was flawed.");
    EXPECT_NE(typed(x, "Olga Petrenko", "Ukraine", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "James Otieno", "Kenya", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Lucia Fernandez", "Cordoba", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, MoneyReceivedAndGoodsSuppliedAreEconomic) {
    const auto x = extractRules(
        "Moldova will receive 800 million euros from the World Bank. Kaneda Motors will supply "
        "batteries to Lumera Group.");
    EXPECT_NE(typed(x, "Moldova", "World Bank", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Kaneda Motors", "Lumera Group", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, DefiniteDescriptionsOfOneNamedEntity) {
    const auto x = extractRules(
        "The Nordic Peace Institute published a report in June. The institute's director, "
        "Professor Anna Lind, said Sweden was at risk. The Tartu District Court jailed Markus Tamm "
        "on Friday. The court found that Tamm had paid bribes to Liisa Kask.");
    EXPECT_NE(typed(x, "Anna Lind", "Nordic Peace Institute", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Tartu District Court", "Liisa Kask", RelationType::Statement), nullptr)
        << dumpRelations(x);
    // two institutes named: "the institute" is ambiguous
    const auto y = extractRules(
        "The Nordic Peace Institute met the Baltic Defence Institute in Riga. The institute's "
        "director, Anna Lind, said nothing.");
    EXPECT_EQ(between(y, "Anna Lind", "Nordic Peace Institute"), nullptr) << dumpRelations(y);
    EXPECT_EQ(between(y, "Anna Lind", "Baltic Defence Institute"), nullptr) << dumpRelations(y);
}

TEST(RelationsRecall, CompanyRolesAndAttachedSpeakers) {
    const auto x = extractRules(
        "Torvik Group will cut 2,000 jobs at plants in Poland and Hungary, chief executive Ola "
        "Berg said on Monday. The Nordic Peace Institute published a report. Institute director "
        "Anna Lind called it alarming. The central bank kept rates unchanged, with Governor Mats "
        "Ek saying inflation in Sweden was slowing.");
    EXPECT_NE(typed(x, "Torvik Group", "Poland", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Torvik Group", "Hungary", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Ola Berg", "Torvik Group", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Anna Lind", "Nordic Peace Institute", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Mats Ek", "Sweden", RelationType::Statement), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, PlacesDescribedInApposition) {
    const auto x = extractRules(
        "The storm hit Quelimane, a port city in central Mozambique, on Sunday. Rescuers reached "
        "Nhamatanda, a town 60 km west of Quelimane. Fighting spread to Tskhinvali, the capital "
        "of South Ossetia.");
    EXPECT_NE(typed(x, "Quelimane", "Mozambique", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(relation(x, "Nhamatanda", "near", "Quelimane"), nullptr) << dumpRelations(x);
    // a description without a place noun says nothing about where
    const auto y = extractRules("Belaruskali, the state potash producer of Belarus, said nothing.");
    EXPECT_EQ(typed(y, "Belaruskali", "Belarus", RelationType::Location), nullptr)
        << dumpRelations(y);
}

TEST(RelationsRecall, ArmsChangingHandsAndStateBodies) {
    const auto x = extractRules(
        "Latvia will receive 12 howitzers from Norway. Norway will give Estonia 12 howitzers. "
        "Norway has deployed two frigates and a submarine to the North Sea. British warships "
        "will patrol the Baltic Sea. Denmark will contribute 200 soldiers to the new battalion "
        "in Finland.");
    EXPECT_NE(typed(x, "Latvia", "Norway", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Norway", "Estonia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Norway", "North Sea", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(between(x, "British", "Baltic Sea"), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Denmark", "Finland", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, ALaterItemOfAListIsNoSubject) {
    const auto x = extractRules("Ships from Britain, Norway and Denmark patrolled the Baltic Sea.");
    EXPECT_EQ(between(x, "Norway", "Baltic Sea"), nullptr) << dumpRelations(x);
    EXPECT_EQ(between(x, "Denmark", "Baltic Sea"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, WhatTheMoneyIsAndPricedAgreements) {
    const auto x = extractRules(
        "Ohio will provide $400 million in tax incentives to Kaneda Motors. Kaneda Motors and "
        "Lumera Group signed a supply agreement worth $5 billion. Kaneda Motors formed a joint "
        "venture with Torvik Group.");
    EXPECT_NE(typed(x, "Ohio", "Kaneda Motors", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Kaneda Motors", "Lumera Group", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Kaneda Motors", "Torvik Group", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AnAppositionWithAPossessiveIsNoConjunct) {
    const auto x = extractRules(
        "Kaneda Motors, Japan's second-largest carmaker, will invest $3 billion in Ohio.");
    EXPECT_NE(typed(x, "Kaneda Motors", "Ohio", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Japan", "Ohio"), nullptr) << dumpRelations(x);
    // the apposition says where the company is (its comma ends the description)
    EXPECT_NE(typed(x, "Kaneda Motors", "Japan", RelationType::Location), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ARoleInAnOrganisationNamedAfterItsDescription) {
    // with the trained model: the rules alone know neither name
    const auto x = extractDefault(
        "Nino Abashidze, leader of the opposition party Free Georgia, won the runoff. Marko "
        "Ilic, a reporter for the state broadcaster RTS, was detained.");
    EXPECT_NE(typed(x, "Nino Abashidze", "Free Georgia", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Marko Ilic", "RTS", RelationType::Role), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, APlaceOwnedByAMissedNameIsNoObject) {
    // "Brask Wind" is no name the rule tagger knows: Denmark is where it is, not what is bought
    const auto x = extractRules("Nordvik Energy agreed to buy Brask Wind of Denmark.");
    ASSERT_EQ(entityNamed(x, "Brask Wind"), nullptr) << dumpEntities(x);
    EXPECT_EQ(between(x, "Nordvik Energy", "Denmark"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, WhatIsAcquiredIsACompany) {
    // "acquire", "the takeover of", "a stake in": only a company is (RuleTagger.h)
    const auto x = extractRules(
        "Nordvik Energy agreed to acquire Brask Wind of Denmark. Nordvik Energy also holds a "
        "stake in Torvik Havn.");
    expectType(x, "Brask Wind", EntityType::Organization);
    expectType(x, "Torvik Havn", EntityType::Organization);
    EXPECT_NE(typed(x, "Nordvik Energy", "Brask Wind", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Brask Wind", "Denmark", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Nordvik Energy", "Denmark"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, SpeakersAfterIntroductoryPhrasesAndForBodies) {
    const auto x = extractRules(
        "Speaking to reporters in Oslo, Karin Olsen said Russia had targeted the dam. A "
        "spokesman for the Nordic Peace Institute said Sweden was informed. According to a "
        "statement from the Baltic Defence Institute, Finland was also targeted. Norway's Prime "
        "Minister Jonas Berg "
        "told Reuters that Russia would pay a price.");
    EXPECT_NE(typed(x, "Karin Olsen", "Russia", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(typed(x, "Karin Olsen", "Oslo", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Nordic Peace Institute", "Sweden", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Baltic Defence Institute", "Finland", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Jonas Berg", "Reuters", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, JointTalksAtAVenueAndCounterpartObjects) {
    const auto x = extractRules(
        "Armenia and Azerbaijan agreed to resume talks in Geneva. Anna Petrosyan met her "
        "Azerbaijani counterpart, Elnur Aliyev, in Vienna.");
    EXPECT_NE(typed(x, "Armenia", "Azerbaijan", RelationType::Diplomatic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Anna Petrosyan", "Elnur Aliyev", RelationType::Diplomatic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, RanksAndNounsBeforeTitles) {
    const auto x = extractRules(
        "Sweden's Deputy Prime Minister Ebba Lind visited Kyiv. The head of the mission, Peter "
        "Mwangi, met Haitian police chief Normil Rameau.");
    EXPECT_NE(typed(x, "Ebba Lind", "Sweden", RelationType::Role), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Ebba Lind", "Kyiv", RelationType::Diplomatic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Peter Mwangi", "Normil Rameau", RelationType::Diplomatic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ACoordinatedSpeakerAfterATitleIsThePerson) {
    const auto x = extractRules(
        "India and Australia signed a trade agreement, Commerce Minister Piyush Rao and "
        "Australian Trade Minister Clare Hennessy said.");
    EXPECT_EQ(between(x, "Piyush Rao", "Clare Hennessy"), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Clare Hennessy", "India", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, PurposesChargesAndForcesKept) {
    const auto x = extractRules(
        "Denmark will send 300 soldiers to Latvia next year to support NATO's presence there. "
        "Poland accused Belarus of sending migrants to Lithuania. Spain keeps about 600 troops "
        "in Lebanon. Kenya and Norway will invest $2 billion in solar projects across "
        "Tanzania.");
    EXPECT_NE(typed(x, "Denmark", "NATO", RelationType::Alliance), nullptr) << dumpRelations(x);
    EXPECT_NE(between(x, "Belarus", "Lithuania"), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Poland", "Belarus", RelationType::Statement), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Spain", "Lebanon", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Kenya", "Tanzania", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, AccordingToATitledSource) {
    const auto x = extractRules(
        "Poland sent no forces to Estonia, according to Colonel Marek Nowak, a spokesman for "
        "the army.");
    EXPECT_NE(typed(x, "Marek Nowak", "Estonia", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, SubjectsActingOnEachOther) {
    const auto x = extractRules(
        "The Rapid Support Forces and the Sudanese Armed Forces have fought each other since "
        "April. India and Pakistan did not attack one another.");
    EXPECT_NE(typed(x, "Rapid Support Forces", "Sudanese Armed Forces", RelationType::Conflict),
              nullptr)
        << dumpRelations(x);
    const ExtractedRelation* r = typed(x, "India", "Pakistan", RelationType::Conflict);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_TRUE(r->negated);
}

TEST(RelationsRecall, WhatTroopsDoIsAMilitaryAct) {
    const auto x = extractRules(
        "Turkish troops entered northern Syria in 2019. Chinese officials visited Lagos.");
    EXPECT_NE(typed(x, "Turkish", "Syria", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_EQ(typed(x, "Chinese", "Lagos", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, ACountOfTroopsBeforeTheirCountry) {
    const auto x = extractRules(
        "About 28,500 U.S. troops are stationed in South Korea. Some 10,000 North Korean "
        "soldiers were sent to Russia.");
    EXPECT_NE(typed(x, "United States", "South Korea", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "North Korean", "Russia", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, TerritoryRetakenIsAConflict) {
    const auto x = extractRules("Ukraine recaptured Kherson in November.");
    EXPECT_NE(typed(x, "Ukraine", "Kherson", RelationType::Conflict), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, ForcesKeptOrStationedSomewhere) {
    const auto x = extractRules(
        "The United States has 28,500 troops stationed in South Korea. Germany has pledged to "
        "keep a brigade of 4,800 troops in Lithuania.");
    EXPECT_NE(typed(x, "United States", "South Korea", RelationType::Military), nullptr)
        << dumpRelations(x);
    const ExtractedRelation* kept = typed(x, "Germany", "Lithuania", RelationType::Military);
    ASSERT_NE(kept, nullptr) << dumpRelations(x);
    EXPECT_EQ(kept->label, "pledged to keep troops in");
}

TEST(RelationsRecall, MembershipStatedByACopula) {
    const auto x = extractRules(
        "Sweden became NATO's 32nd member in March. Finland is a member of the European Union. "
        "Serbia is not a member of NATO. Kenya was a member of the panel.");
    EXPECT_NE(typed(x, "Sweden", "NATO", RelationType::Membership), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Finland", "European Union", RelationType::Membership), nullptr)
        << dumpRelations(x);
    const ExtractedRelation* serbia = typed(x, "Serbia", "NATO", RelationType::Membership);
    ASSERT_NE(serbia, nullptr) << dumpRelations(x);
    EXPECT_TRUE(serbia->negated);
}

TEST(RelationsRecall, ForcesFightingAlongsideAreAllies) {
    const auto x = extractRules(
        "North Korean soldiers are fighting alongside Russian troops in Kursk. Russian troops "
        "attacked Ukrainian forces near Bakhmut.");
    EXPECT_NE(typed(x, "North Korean", "Russian", RelationType::Alliance), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Russian", "Ukrainian", RelationType::Conflict), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, IrregularPastTensesOfRelationVerbs) {
    // "lent" is in no treebank the word list comes from (irregular-verbs.tsv, from WordNet)
    const auto x = extractRules("India lent $500 million to Vietnam.");
    EXPECT_NE(typed(x, "India", "Vietnam", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, AccordingToAnOrganisationWithItsArticle) {
    const auto x = extractRules(
        "Russia fired 40 missiles at Kyiv on Monday, according to the World Health "
        "Organization.");
    EXPECT_NE(typed(x, "World Health Organization", "Russia", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ACapitalsStateBodyBelongsToItsCountry) {
    const auto x = extractRules("Moscow's Foreign Ministry summoned the ambassador.");
    EXPECT_NE(typed(x, "Foreign Ministry", "Russia", RelationType::Membership), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, APassiveAgentActingThroughItsForces) {
    const auto x = extractRules("Kharkiv was attacked by drones from Russia.");
    EXPECT_NE(typed(x, "Russia", "Kharkiv", RelationType::Conflict), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, AnOrganisationsOwnBody) {
    const auto x = extractRules(
        "The batteries will stay under the command of NATO's Allied Air Command in Ramstein.");
    EXPECT_NE(entity(x, "NATO"), nullptr) << dumpEntities(x);
    EXPECT_NE(typed(x, "Allied Air Command", "NATO", RelationType::Membership), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AUnitSentByACountryAndWhereItGoes) {
    const auto x = extractDefault(
        "The Garuda Battalion, a unit of 850 soldiers sent by Indonesia, arrived in southern "
        "Lebanon on Wednesday.");
    EXPECT_NE(typed(x, "Indonesia", "Garuda Battalion", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Garuda Battalion", "Lebanon", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AttacksAndExercisesNamedByTheirNoun) {
    const auto x = extractRules(
        "Israel carried out strikes on Gaza. Russia launched a massive attack on Kyiv. China "
        "held military drills around Taiwan. Japan staged exercises off Okinawa.");
    EXPECT_NE(typed(x, "Israel", "Gaza", RelationType::Conflict), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Russia", "Kyiv", RelationType::Conflict), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "China", "Taiwan", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Japan", "Okinawa", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, APlaceDescribedByItsCountrysDemonym) {
    const auto x = extractRules(
        "The talks took place in Riyadh, the Saudi capital, on Monday. Mariupol, a Ukrainian port "
        "city, fell in May.");
    EXPECT_NE(typed(x, "Riyadh", "Saudi Arabia", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Mariupol", "Ukraine", RelationType::Location), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, TheKindOfAShipIsNoCargo) {
    const auto x = extractRules(
        "Finland's coast guard boarded the oil tanker Marisol Dawn in the Gulf of Finland.");
    EXPECT_EQ(typed(x, "Finland", "Marisol Dawn", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(between(x, "Finland", "Marisol Dawn"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, WhereAnOperationIsLedFromAndWhoSpokeWithWhom) {
    const auto x = extractRules(
        "Sweden will lead the operation from the Northern Waters Coordination Centre in "
        "Karlskrona. Liisa Kask spoke with Aleksi Venho by telephone on Monday.");
    EXPECT_NE(typed(x, "Sweden", "Northern Waters Coordination Centre", RelationType::Location),
              nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Liisa Kask", "Aleksi Venho", RelationType::Diplomatic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ForcesNamedByANoun) {
    const auto x = extractRules(
        "The deployment of British troops to Estonia began in March. Germany's brigade in "
        "Lithuania will reach full strength in 2027. The United States maintains a naval base "
        "in Bahrain.");
    EXPECT_NE(typed(x, "British", "Estonia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Germany", "Lithuania", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "United States", "Bahrain", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, TradeAndAlliancesStatedByACopula) {
    const auto x = extractRules(
        "China is Germany's largest trading partner. Japan is a close ally of the United "
        "States. Russia is the largest supplier of gas to Hungary.");
    EXPECT_NE(typed(x, "China", "Germany", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Japan", "United States", RelationType::Alliance), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Russia", "Hungary", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, WhoseForcesAndADescriptionBasedSomewhere) {
    const auto x = extractDefault(
        "Ireland, whose soldiers are stationed at Camp Shamrock near Tiri, said it would send "
        "120 soldiers to Lebanon. The missiles were supplied by Calder Missile Systems, a joint "
        "venture based in Toulouse, France.");
    EXPECT_NE(typed(x, "Ireland", "Camp Shamrock", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Ireland", "Lebanon", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Calder Missile Systems", "Toulouse", RelationType::Location), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ATitledNameWithItsCountryAfterIt) {
    const auto x = extractRules(
        "The force has been commanded since Monday by Lieutenant General Diego Ferrer of Spain.");
    const ExtractedRelation* r = typed(x, "Diego Ferrer", "Spain", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "lieutenant general of");
}

TEST(RelationsRecall, ATitleWithItsTenureAndWhoLeadsAnOrganisation) {
    const auto x = extractDefault(
        "Bulgaria's outgoing prime minister, Krasimir Nedev, conceded defeat. Airbus's former "
        "chief executive, Tom Enders, spoke. The Wagner Group, led by Dmitry Utkin, withdrew.");
    const ExtractedRelation* r = typed(x, "Krasimir Nedev", "Bulgaria", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "outgoing prime minister of");
    r = typed(x, "Tom Enders", "Airbus", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "former chief executive at");
    r = typed(x, "Dmitry Utkin", "Wagner Group", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "leads");
}

TEST(RelationsRecall, AnAppositionStatesARelationAsACopulaDoes) {
    const auto x = extractRules(
        "Turkey, Azerbaijan's closest ally, did not comment. China, Germany's largest trading "
        "partner, objected. Sweden, a NATO member since 2024, sent troops.");
    EXPECT_NE(typed(x, "Türkiye", "Azerbaijan", RelationType::Alliance), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "China", "Germany", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Sweden", "NATO", RelationType::Membership), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, APortfolioOfTwoWordsAndASubjectSaying) {
    const auto x = extractRules(
        "French Armed Forces Minister Claire Vautrin spoke. Azerbaijan's Foreign Ministry "
        "condemned the agreement, saying Paris was arming Yerevan.");
    const ExtractedRelation* r = typed(x, "Claire Vautrin", "France", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "armed forces minister of");
    EXPECT_EQ(entity(x, "French Armed Forces"), nullptr) << dumpEntities(x);
    EXPECT_NE(typed(x, "Foreign Ministry", "Yerevan", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ForcesThatExchangeFireAreTheirStatesInConflict) {
    const auto x = extractRules(
        "Kyrgyzstan and Tajikistan dispute the border. Kyrgyz and Tajik border troops exchanged "
        "fire near the village of Kok-Tash. Armenia and Azerbaijan clashed again on Tuesday. "
        "Russian and Ukrainian forces clashed near Bakhmut.");
    const ExtractedRelation* r = typed(x, "Kyrgyzstan", "Tajikistan", RelationType::Conflict);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "exchanged fire with");
    EXPECT_NE(typed(x, "Armenia", "Azerbaijan", RelationType::Conflict), nullptr)
        << dumpRelations(x);
    // the countries are not named: the peoples stay the parties
    EXPECT_NE(typed(x, "Russian", "Ukrainian", RelationType::Conflict), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, APlaceNearAnother) {
    const auto x = extractDefault(
        "Shelling hit Irpin near Kyiv on Monday. Troops returned to Izium, near Kharkiv, in May.");
    const ExtractedRelation* r = typed(x, "Irpin", "Kyiv", RelationType::Location);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "located near");
    EXPECT_NE(typed(x, "Izium", "Kharkiv", RelationType::Location), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, SpeechAfterAnOpeningAdverbOrASecondVerbAndACapitalAccused) {
    const auto x = extractRules(
        "Separately, Dutch Defence Minister Pieter Verbeek said the Netherlands would deploy 200 "
        "soldiers to Romania. Ukrainian Defence Minister Serhiy Marchenko thanked Berlin and "
        "said Ukraine needed ten more systems. Tajikistan and Kyrgyzstan share a border. Tajik "
        "Foreign Minister Firuz Nazarov accused Bishkek of starting the fighting.");
    EXPECT_NE(typed(x, "Pieter Verbeek", "Romania", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Serhiy Marchenko", "Ukraine", RelationType::Statement), nullptr)
        << dumpRelations(x);
    // the capital accused stands for its government
    EXPECT_NE(typed(x, "Firuz Nazarov", "Kyrgyzstan", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

// Precision: a claim with its own subject gives the speaker none of its verbs.
TEST(RelationsRecall, AClaimsOwnSubjectKeepsItsVerbs) {
    const auto x = extractRules(
        "Rachel Okafor, a spokeswoman for Thameside Water, said the company had restored all of "
        "its systems and had not paid Cobalt Mantis any ransom.");
    for (const ExtractedRelation& r : x.relations)
        EXPECT_EQ(r.label.find("paid"), std::string::npos) << dumpRelations(x);
}

TEST(RelationsRecall, AnEnvoyWithTheCountryServedAndTheOwnerOrTheSubject) {
    const auto x = extractRules(
        "Azerbaijan protested. Baku recalled its ambassador to France, Elchin Mammadli, for "
        "consultations. Germany's ambassador to Russia, Alexander Lambsdorff, was summoned.");
    const ExtractedRelation* r = typed(x, "Elchin Mammadli", "Azerbaijan", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "ambassador of");
    r = typed(x, "Elchin Mammadli", "France", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "ambassador to");
    EXPECT_NE(typed(x, "Alexander Lambsdorff", "Germany", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Alexander Lambsdorff", "Russia", RelationType::Role), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, PartiesAndStateCompaniesBelongToTheirCountry) {
    const auto x = extractDefault(
        "Civic Renewal, Bulgaria's main centre-right party, won. Sahil Energy, Oman's "
        "state-owned oil and gas company, agreed to buy a stake. Kilwa Midstream runs the "
        "import terminal at Dar es Salaam's port. Hale said Britain had coordinated the "
        "measures with the United States.");
    const ExtractedRelation* r = typed(x, "Civic Renewal", "Bulgaria", RelationType::Membership);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "party of");
    r = typed(x, "Sahil Energy", "Oman", RelationType::Membership);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "state-owned by");
    // a membership verb's object placed "at" a place: where it is
    EXPECT_NE(typed(x, "Kilwa Midstream", "Dar es Salaam", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "United Kingdom", "United States", RelationType::Alliance), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, WhoCommandsAUnitAndWhoSpeaksForItAndAPurposeAfterADate) {
    const auto x = extractDefault(
        "The Garuda Battalion arrived in southern Lebanon on Wednesday to join the United "
        "Nations Interim Force in Lebanon (UNIFIL). UNIFIL, whose headquarters are in Naqoura, "
        "has been commanded since Monday by Lieutenant General Diego Ferrer of Spain. Israel "
        "has not fired on UNIFIL positions, according to a UNIFIL spokesman, Marco Bellini.");
    const std::string unifil = "United Nations Interim Force in Lebanon";
    EXPECT_NE(typed(x, "Garuda Battalion", unifil, RelationType::Membership), nullptr)
        << dumpRelations(x);
    const ExtractedRelation* r = typed(x, "Diego Ferrer", unifil, RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "commands");
    r = typed(x, "Marco Bellini", unifil, RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "spokesman at");
}

TEST(RelationsRecall, ARelativeClauseOnADescriptionAndBothObjects) {
    const auto x = extractRules(
        "The Collective Security Treaty Organization (CSTO), a Russian-led bloc that includes "
        "both Kyrgyzstan and Tajikistan, offered to send mediators. Russia attacked both "
        "Kharkiv and Odesa.");
    const std::string csto = "Collective Security Treaty Organization";
    EXPECT_NE(typed(x, csto, "Kyrgyzstan", RelationType::Membership), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, csto, "Tajikistan", RelationType::Membership), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Russia", "Odesa", RelationType::Conflict), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, RefugeesSentBackAndNeighboursInformed) {
    const auto x = extractRules(
        "Thailand will not send refugees back to Myanmar. Sweden had informed Finland and "
        "Estonia.");
    const ExtractedRelation* r = typed(x, "Thailand", "Myanmar", RelationType::Action);
    ASSERT_NE(r, nullptr) << dumpRelations(x);  // people moved, no force: not MILITARY
    EXPECT_TRUE(r->negated);
    EXPECT_EQ(r->label, "send refugees to");
    EXPECT_NE(typed(x, "Sweden", "Estonia", RelationType::Diplomatic), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, APlaceOrPeopleJoinedToAParticipleBeforeAnOrganisation) {
    const auto x = extractDefault(
        "The firms, including Almaty-based Steppe Logistics, were listed. Halcyon Maritime, a "
        "Dubai-based shipping company, was sanctioned. Russia and Armenia argued. Armenia froze "
        "its participation in the Russian-led Collective Security Treaty Organization.");
    EXPECT_NE(typed(x, "Steppe Logistics", "Almaty", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Halcyon Maritime", "Dubai", RelationType::Location), nullptr)
        << dumpRelations(x);
    // the people stand for their state, named in the article
    const ExtractedRelation* r =
        typed(x, "Russia", "Collective Security Treaty Organization", RelationType::Membership);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "leads");
}

TEST(RelationsRecall, ACountrySpeaksThroughItsEmbassyAndAfterARelativeClause) {
    const auto x = extractRules(
        "Russia's embassy in Oslo said the corvette had been on a routine transit to the North "
        "Sea. Denmark, whose navy tracked the corvette through the Kattegat, said it shared "
        "Norway's concern.");
    EXPECT_NE(typed(x, "Russia", "North Sea", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(typed(x, "Oslo", "North Sea", RelationType::Statement), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Denmark", "Norway", RelationType::Statement), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, WhoseNaviesPatrolForTheOwnersListed) {
    const auto x = extractDefault(
        "Sweden had informed Finland and Estonia, whose navies patrol the Gulf of Finland. "
        "Poland, whose army is stationed in Lithuania, agreed.");
    EXPECT_NE(typed(x, "Finland", "Gulf of Finland", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Estonia", "Gulf of Finland", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Poland", "Lithuania", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, AClaimOpenedByAListOfNames) {
    const auto x = extractDefault(
        "Otieno said Kenya and the United Arab Emirates would invest $4.5 billion in renewable "
        "energy projects across East Africa.");
    EXPECT_NE(typed(x, "Kenya", "East Africa", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "United Arab Emirates", "East Africa", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

// ---- session 12: forces named by their owner, seats, trade typed by its goods --------------

TEST(RelationsRecall, ForcesNamedByTheirCountryActForIt) {
    // "Pakistan's battalion", "engineers from Bangladesh", "keeps a force in": the country
    // acts through its forces; diplomats from a country are no force
    const auto x = extractRules(
        "Nepal's battalion is based in Bria. Engineers from Ghana are stationed in Bouar and "
        "Berberati. Burundi also keeps a separate force in Somalia. Diplomats from Chad arrived "
        "in Niamey.");
    EXPECT_NE(typed(x, "Nepal", "Bria", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Ghana", "Bouar", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Ghana", "Berberati", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Burundi", "Somalia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_EQ(typed(x, "Chad", "Niamey", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, CargoCoordinatedWithACountBeforeTheBase) {
    const auto x = extractRules(
        "Spain will station four Eurofighter jets and about 130 air force personnel at the "
        "Siauliai air base.");
    EXPECT_NE(typed(x, "Spain", "Siauliai air base", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ARelativeClauseAfterACompanysSeatIsTheCompanys) {
    const auto x = extractRules(
        "The radars will be serviced by Velcor Tech, a maintenance contractor based in Taranto, "
        "which said it had signed a contract with the Hellenic Navy.");
    EXPECT_NE(typed(x, "Velcor Tech", "Taranto", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(between(x, "Velcor Tech", "Hellenic Navy"), nullptr) << dumpRelations(x);
    EXPECT_EQ(between(x, "Taranto", "Hellenic Navy"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, GoodsMakeAnExportOrABanATrade) {
    // "exports" is missing from the word list; "rice exports to" names the transfer
    const auto x = extractRules(
        "Kazakhstan exports grain to Afghanistan. India banned rice exports to Nepal. Sweden "
        "exports howitzers to Brazil.");
    EXPECT_NE(typed(x, "Kazakhstan", "Afghanistan", RelationType::Economic), nullptr)
        << dumpRelations(x);
    const auto* ban = typed(x, "India", "Nepal", RelationType::Economic);
    ASSERT_NE(ban, nullptr) << dumpRelations(x);
    EXPECT_EQ(ban->label, "banned exports to");
    EXPECT_NE(typed(x, "Sweden", "Brazil", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, AnAppositionWithACompoundOrGerundStillEndsAtItsComma) {
    // "the state-owned mining company of Oman": the company's state, then its own act
    const auto x = extractRules(
        "Qalhat Minerals, the state-owned mining company of Oman, will buy a 30 percent stake in "
        "Copperline Holdings.");
    EXPECT_NE(typed(x, "Qalhat Minerals", "Oman", RelationType::Membership), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Qalhat Minerals", "Copperline Holdings", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, LeviesOnListedGoodsAndOnAnotherStatesGoods) {
    const auto x = extractRules(
        "Brazil will raise import tariffs on cars, steel and textiles from China. Chile named "
        "Peru in the report. Peru would not impose new duties on Chilean copper.");
    EXPECT_NE(typed(x, "Brazil", "China", RelationType::Economic), nullptr) << dumpRelations(x);
    const auto* duties = typed(x, "Peru", "Chile", RelationType::Economic);
    ASSERT_NE(duties, nullptr) << dumpRelations(x);
    EXPECT_TRUE(duties->negated);
}

TEST(RelationsRecall, TheActABodyIsAccusedOfAndShellsFiredAtPlaces) {
    const auto x = extractRules(
        "Armenia's Ministry of Defence said the villages were hit. The ministry accused "
        "Azerbaijan's 41st Brigade, which it said was dug in near Kalbajar, of firing 80 shells at "
        "Goris and Kapan. Azerbaijan said the 41st Brigade had not fired a single shell into "
        "Armenia.");
    EXPECT_NE(typed(x, "Ministry of Defence", "41st Brigade", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "41st Brigade", "Goris", RelationType::Conflict), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "41st Brigade", "Kapan", RelationType::Conflict), nullptr)
        << dumpRelations(x);
    const auto* denied = typed(x, "41st Brigade", "Armenia", RelationType::Conflict);
    ASSERT_NE(denied, nullptr) << dumpRelations(x);
    EXPECT_TRUE(denied->negated);
}

TEST(RelationsRecall, StateCompaniesAndTreasuriesBelongToTheirState) {
    const auto x = extractRules(
        "Sonagas Holdings, Angola's state gas company, signed a contract. Ghana's National "
        "Treasury said so.");
    EXPECT_NE(typed(x, "Sonagas Holdings", "Angola", RelationType::Membership), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "National Treasury", "Ghana", RelationType::Membership), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, WhereALineRuns) {
    // a named pipeline is a place; its route verbs ("start at", "pass through") relate it to
    // the places on the way, through a series of verb phrases and past "in <country>"
    const auto x = extractDefault(
        "The 900 km Trans-Balkan Gas Pipeline will start at the Kozani gas field in northern "
        "Greece, pass through Skopje and Pristina in the Balkans and reach Belgrade.");
    expectType(x, "Trans-Balkan Gas Pipeline", EntityType::Location);
    EXPECT_NE(typed(x, "Trans-Balkan Gas Pipeline", "Kozani gas field", RelationType::Location),
              nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Trans-Balkan Gas Pipeline", "Skopje", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Trans-Balkan Gas Pipeline", "Pristina", RelationType::Location), nullptr)
        << dumpRelations(x);
    // a line's verb is no other subject's: "Greece will start talks with Serbia"
    const auto y = extractRules("Greece will start talks at Athens.");
    EXPECT_EQ(typed(y, "Greece", "Athens", RelationType::Location), nullptr) << dumpRelations(y);
}

TEST(RelationsRecall, GoodsMeasuredOutAfterAPurpose) {
    const auto x = extractRules(
        "Baltic Gas Holdings signed a contract to supply 14 billion cubic metres of gas a year to "
        "Nordic Energy Holdings.");
    EXPECT_NE(typed(x, "Baltic Gas Holdings", "Nordic Energy Holdings", RelationType::Economic),
              nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ArmsInAContractSignedWithACompany) {
    // "Simsek light fighter jets": a named weapon with modifiers that alone name none
    const auto x = extractRules(
        "Thailand's Ministry of Defence has signed a $1.2 billion contract with Turkish "
        "manufacturer Ardic Aerospace for 12 Doruk light fighter jets. Laos wants light fighter "
        "jets too.");
    expectType(x, "Doruk light fighter jets", EntityType::Weapon);
    EXPECT_EQ(entity(x, "light fighter jets"), nullptr) << dumpEntities(x);
    EXPECT_NE(typed(x, "Ministry of Defence", "Doruk light fighter jets", RelationType::Military),
              nullptr)
        << dumpRelations(x);
    // the deal with the company is trade, as arms bought from a company are
    EXPECT_NE(typed(x, "Ministry of Defence", "Ardic Aerospace", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ASeatCompoundBeforeAnOrganisationIsNoEmployer) {
    const auto x = extractDefault(
        "The sale is arranged by Dunmore Hale, a Dublin-based investment bank. Ines Varga, an "
        "economist at Vienna-based Kessler Research, said so.");
    expectType(x, "Dunmore Hale", EntityType::Organization);
    EXPECT_NE(typed(x, "Dunmore Hale", "Dublin", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Ines Varga", "Kessler Research", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Ines Varga", "Vienna"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, ShipsAndTheirFlags) {
    const auto x = extractDefault(
        "The Coral Venture, a ro-ro vessel flying the flag of Togo, loaded the cargo in Izmir. A "
        "Malta-flagged bulk carrier, the Baltic Dawn, was damaged. The Liberia-flagged Sea Lark "
        "sank. Sailors from the Spanish Navy frigate SPS Numancia boarded her.");
    expectType(x, "Coral Venture", EntityType::Vessel);
    expectType(x, "Baltic Dawn", EntityType::Vessel);
    expectType(x, "Sea Lark", EntityType::Vessel);
    expectType(x, "SPS Numancia", EntityType::Vessel);
    EXPECT_NE(typed(x, "Coral Venture", "Togo", RelationType::Membership), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Baltic Dawn", "Malta", RelationType::Membership), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Sea Lark", "Liberia", RelationType::Membership), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ACountrysArmsAttackAPlace) {
    const auto x = extractRules(
        "Russia denied it. Russian missiles and drones struck the port of Kherson overnight. "
        "Russian missiles hit Mykolaiv.");
    EXPECT_NE(typed(x, "Russia", "Kherson", RelationType::Conflict), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Russia", "Mykolaiv", RelationType::Conflict), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, TwoWordRanksBeforeASource) {
    const auto x = extractRules(
        "The convoy was bound for Benghazi, according to Rear Admiral Carlo Venturi. Lieutenant "
        "Colonel Ilze Kalnina said Estonia would help.");
    EXPECT_NE(typed(x, "Carlo Venturi", "Benghazi", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Ilze Kalnina", "Estonia", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, TheTwoCompaniesSaid) {
    const auto x = extractRules(
        "OSLO (Reuters) - Fjordvik Holdings will buy Kestrel Energy Holdings' stake in a wind "
        "farm in Sweden, the two companies said on Monday.");
    EXPECT_NE(typed(x, "Fjordvik Holdings", "Sweden", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Kestrel Energy Holdings", "Sweden", RelationType::Statement), nullptr)
        << dumpRelations(x);
    // the agency of the dateline is no speaker and nothing the companies speak about
    EXPECT_EQ(between(x, "Fjordvik Holdings", "Reuters"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, AnOwnersSiteAndBase) {
    const auto x = extractRules(
        "The jets will be built at Ardic Aerospace's factory in Izmir. Russia's naval base at "
        "Tartus is vital.");
    EXPECT_NE(typed(x, "Ardic Aerospace", "Izmir", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Russia", "Tartus", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, TheMinistryParagraphsLaterAndArmsBoughtPastTheirPrice) {
    const auto x = extractRules(
        "Chile's Ministry of Defence signed the deal on Monday. The jets are due in 2028. Pilots "
        "will train in Spain. Critics said the price was high. The ministry also ordered four "
        "batteries of the Skarv air defence system for 200 million euros from Vidar Defence "
        "Systems.");
    EXPECT_NE(typed(x, "Ministry of Defence", "Skarv air defence system", RelationType::Military),
              nullptr)
        << dumpRelations(x);
    EXPECT_NE(between(x, "Ministry of Defence", "Vidar Defence Systems"), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AnExerciseNamedByItsAppositionAndAForceCommander) {
    const auto x = extractDefault(
        "Before the patrols begin, Poland and Lithuania will hold Amber Shield, a two-week air "
        "exercise that will also involve two tankers. \"We are ready,\" said Lieutenant General "
        "Amadou Diallo of Mali, UNMISS's force commander.");
    expectType(x, "Amber Shield", EntityType::Event);
    EXPECT_NE(typed(x, "Poland", "Amber Shield", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Poland", "Lithuania", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Amadou Diallo", "UNMISS", RelationType::Role), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, APeoplesArmsAndTroopsAreItsStates) {
    const auto x = extractRules(
        "Germany agreed. Two German Patriot batteries and 280 soldiers will be stationed at the "
        "Lask air base in central Poland from January.");
    EXPECT_NE(typed(x, "Germany", "Lask air base", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "German", "Lask air base"), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, HandingOverABase) {
    const auto x = extractRules(
        "Spain withdrew its last 200 soldiers from Mali on Friday and handed over the Gao air "
        "base to the Malian army.");
    EXPECT_NE(typed(x, "Spain", "Gao air base", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ACompanyDescribedByADemonymIsNoCoordinatedSubject) {
    const auto x = extractRules(
        "Brenvik Group, the Norwegian carmaker, will cut 2,000 jobs at plants in Sweden and "
        "Finland by 2027.");
    EXPECT_NE(typed(x, "Brenvik Group", "Sweden", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Brenvik Group", "Finland", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, APluralNounBeforeATitle) {
    const auto x = extractRules(
        "\"We will act,\" said Marta Lindahl, the EU's sanctions envoy. Oskar Brandt, Sweden's "
        "arms control envoy, agreed.");
    EXPECT_NE(typed(x, "Marta Lindahl", "EU", RelationType::Role), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Oskar Brandt", "Sweden", RelationType::Role), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, CompaniesNamedByTheirTradeAndTheirSeat) {
    // "Marine", "Defence", "Aviation" end company names; "a U.S. Marine" is a person
    const auto x = extractRules(
        "The ships will be built by Tsubasa Marine in Kobe. The tanks will be refurbished by "
        "Brandt Defence in Bremen. Ostvik Minerals, a Canadian miner headquartered in Vancouver, "
        "agreed. A U.S. Marine was hurt.");
    EXPECT_NE(typed(x, "Tsubasa Marine", "Kobe", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Brandt Defence", "Bremen", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Ostvik Minerals", "Vancouver", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(entity(x, "U.S. Marine"), nullptr) << dumpEntities(x);
}

TEST(RelationsRecall, AClaimWhoseSubjectIsACountedForceAndABaseKept) {
    const auto x = extractDefault(
        "Norway agreed. Halvorsen said 150 Norwegian soldiers would be deployed to the Lielvarde "
        "military base in Latvia. Russia, which keeps an air base at Kant, urged restraint.");
    EXPECT_NE(typed(x, "Norway", "Lielvarde military base", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Russia", "Kant", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, RolesInADescribedBody) {
    const auto x = extractRules(
        "The Royal Danish Navy tracked the ship, according to Commander Sofie Holm, a spokeswoman "
        "for the navy. The 3rd Mountain Brigade fired. Major General Aziz Karimov, the brigade's "
        "commander, denied it.");
    EXPECT_NE(typed(x, "Sofie Holm", "Royal Danish Navy", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Aziz Karimov", "3rd Mountain Brigade", RelationType::Role), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, CorporateTitlesOfSeveralWords) {
    const auto x = extractRules(
        "Norsk Hydro Holdings was hit. The company's chief information officer, Lars Dahl, said "
        "the police were investigating. Maria Lopez, the managing director of Iberia Steel "
        "Holdings, agreed.");
    EXPECT_NE(typed(x, "Lars Dahl", "Norsk Hydro Holdings", RelationType::Role), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Maria Lopez", "Iberia Steel Holdings", RelationType::Role), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AVerbPhraseAfterArmsGivenAndATakeoverOfADescribedCompany) {
    const auto x = extractRules(
        "Bulgaria gave its S-300 air defence system to Ukraine in 2023 and has ordered Barak MX "
        "systems from Israel Aerospace Industries. Peru approved the takeover of lithium producer "
        "Andes Lithium Holdings by Northbay Minerals.");
    EXPECT_NE(typed(x, "Bulgaria", "Barak MX systems", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(between(x, "Bulgaria", "Israel Aerospace Industries"), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Northbay Minerals", "Andes Lithium Holdings", RelationType::Economic),
              nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AStakeInAFacilityItsOperatorRuns) {
    const auto x = extractRules(
        "Qalhat Energy, Oman's state-owned oil and gas company, has agreed to buy a 35 percent "
        "stake in a fuel terminal and pipeline operated by Rovuma Midstream for $500 million.");
    EXPECT_NE(typed(x, "Qalhat Energy", "Rovuma Midstream", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Qalhat Energy", "Oman", RelationType::Membership), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, ADescribedSpeakerAfterTheClaim) {
    const auto x = extractRules(
        "The Asian Development Bank will lend Laos $200 million to extend the railway to "
        "Vientiane, "
        "the bank said in a statement.");
    EXPECT_NE(typed(x, "Asian Development Bank", "Vientiane", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AClaimOpenedByAPronounNamesItsParties) {
    const auto x = extractRules(
        "Dorian Systems said on Wednesday it had agreed to buy Kestrel Optics from Berenson "
        "Capital.");
    EXPECT_NE(typed(x, "Dorian Systems", "Berenson Capital", RelationType::Statement), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AccordingToAStatementFromTheBody) {
    const auto x = extractRules(
        "Chile's Ministry of Defence signed the deal. Most of the money will go to Andes Aero "
        "Holdings in Santiago, according to a statement from the ministry.");
    EXPECT_NE(typed(x, "Ministry of Defence", "Andes Aero Holdings", RelationType::Statement),
              nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AProtestNoteHandedOverAndAShipCallingAtAPort) {
    const auto x = extractDefault(
        "Chile's Foreign Ministry said it had handed a protest note to Oliver Penrose, Britain's "
        "charge d'affaires in Santiago. The Foreign Office said HMS Falmouth would call at "
        "Valparaiso, Chile, once the drills end.");
    EXPECT_NE(typed(x, "Foreign Ministry", "Oliver Penrose", RelationType::Diplomatic), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(typed(x, "Foreign Ministry", "United Kingdom", RelationType::Diplomatic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "HMS Falmouth", "Valparaiso", RelationType::Location), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, SecurityAndIntelligenceBodiesArePartOfTheState) {
    const auto x = extractRules(
        "Estonia's National Cyber Security Centre said so. Latvia's Foreign Intelligence Service "
        "agreed. Altyn Sovereign Fund, Mongolia's sovereign wealth fund, bought a stake.");
    EXPECT_NE(typed(x, "Altyn Sovereign Fund", "Mongolia", RelationType::Membership), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "National Cyber Security Centre", "Estonia", RelationType::Membership),
              nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Foreign Intelligence Service", "Latvia", RelationType::Membership), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, CoordinatedAgreementsEachWithItsKind) {
    const auto x = extractRules(
        "Chile and Peru signed a defence cooperation agreement and a trade deal on Tuesday after "
        "talks between Chilean President Ana Soto and her Peruvian counterpart, Luis Vega.");
    EXPECT_NE(typed(x, "Chile", "Peru", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Chile", "Peru", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Luis Vega", "Peru", RelationType::Role), nullptr) << dumpRelations(x);
}

TEST(RelationsRecall, OwnershipAndARankOfTwoWordsAfterADescribedBody) {
    const auto x = extractRules(
        "Vistula Container Holdings is owned by Oslo-based Fjordline Ports. The 2nd Paratroop "
        "Battalion mutinied. Officials arrested the battalion's commander, Lieutenant Colonel "
        "Amadou Sall, who was detained at a checkpoint.");
    EXPECT_NE(typed(x, "Fjordline Ports", "Vistula Container Holdings", RelationType::Economic),
              nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Oslo", "Vistula Container Holdings"), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Amadou Sall", "2nd Paratroop Battalion", RelationType::Role), nullptr)
        << dumpRelations(x);
}

TEST(RelationsRecall, AVerbAfterAModalThatTheListHasAsAnAdjective) {
    const auto x = extractRules(
        "Brenvik Automobiles will close its assembly plant in Turin at the end of next year.");
    EXPECT_NE(typed(x, "Brenvik Automobiles", "Turin", RelationType::Economic), nullptr)
        << dumpRelations(x);
}
