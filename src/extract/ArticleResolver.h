#pragma once
// Internal to src/extract: entity resolution inside one article (see Extractor.h for the
// rules), and the extra mentions it finds (surname-only mentions, repeated names).  The
// passes that retype mentions from the article's own words (ships, described organisations,
// places, acronyms, speaking capitals) are in EntityRetyping.cpp.
#include <vector>

#include "core/Extraction.h"
#include "extract/Annotation.h"

namespace entgraph {

// Adds mentions the tagger missed: untagged capitalised tokens that repeat a name already
// found ("Bennett" after "Bruce W. Bennett", "KCNA" a second time), and acronyms defined
// in brackets ("... Korea (DPRK)").  Keeps `mentions` sorted by (sentence, begin).
void addRepeatedNameMentions(const ArticleTokens& art, std::vector<Mention>& mentions);

// Ships: a name a vessel noun introduces anywhere in the article ("the oil tanker Marisol
// Dawn", "the frigate Hessen"), or a person-like name that takes an article before
// punctuation ("the captain of the Marisol Dawn."), is a ship's, so every PERSON,
// ORGANIZATION or unresolved LOCATION mention of that name becomes a VESSEL.
void typeShipNames(const ArticleTokens& art, std::vector<Mention>& mentions);

// A name the text describes as an organisation is one, whatever the tagger said: after a
// descriptor ("the carmaker Tamura", "a hacker group known as Iron Wolf") or before an
// apposition headed by one ("Nordhavn Energi, a Danish power company,").  Every PERSON or
// unresolved LOCATION mention of that name (and of its first word alone) becomes an
// ORGANIZATION.  Descriptors: assets/lexicons/org-descriptors.txt.
void retypeDescribedOrganizations(const ArticleTokens& art, std::vector<Mention>& mentions);

// "the United Nations Interim Force in Lebanon (UNIFIL)": an organisation, a connector and a
// place whose initials the acronym in brackets spells are one name, so the place mention
// joins the organisation's (and the acronym then names the whole, not the place).
void joinNamesBeforeAcronyms(const ArticleTokens& art, std::vector<Mention>& mentions);

// "Vantor chief executive X said" after "Vantor Systems": a lone word the tagger took for a
// person is the short form of the one organisation whose name it begins, when no person's
// name has that word and it is no first name.  Before relations, so the title has its owner.
void retypeOrganisationShortForms(const ArticleTokens& art, std::vector<Mention>& mentions);

// "the nearby town of Engels", "Bucha, a town northwest of Kyiv": a name a place noun
// introduces or describes is a place, so every PERSON mention of that name becomes a LOCATION.
void retypeNamedPlaces(const ArticleTokens& art, std::vector<Mention>& mentions);

// The capital rule's statement case (see Extractor.h): a capital that speaks or takes a
// stance ("Moscow denied ...", "Beijing condemned ...") stands for its country.
void capitalsThatSpeak(const ArticleTokens& art, std::vector<Mention>& mentions);

// Groups mentions into entities, setting Mention::entity.  Returns the entities in order
// of first mention.
std::vector<ExtractedEntity> resolveMentions(const ArticleTokens& art,
                                             std::vector<Mention>& mentions);

// The name a mention contributes ("Russia’s" never: possessives are separate tokens).
std::string mentionName(const ArticleTokens& art, const Mention& m);

}  // namespace entgraph
