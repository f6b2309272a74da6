#pragma once
// The NER tagger's gazetteer: lower-cased phrases of the embedded lexicons (countries,
// demonyms, capitals, subdivisions, cities, first names, known people and organisations,
// WordNet's proper names) and built-in title and organisation-suffix lists, hashed to a
// membership mask per phrase.  A feature of the model, never a rule.
//
// Thread safety: immutable after construction; const members may be called from several
// threads.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/NerHash.h"

namespace entgraph::ner {

// Gazetteer categories (bits of a phrase's membership mask).
enum GazetteerCategory : uint8_t {
    kGazCountry,
    kGazDemonym,
    kGazCapital,
    kGazSubdivision,
    kGazCity,
    kGazFirstName,
    kGazKnownPerson,
    kGazKnownOrg,
    kGazTitle,            // President, Dr., General ... (built in)
    kGazOrgSuffix,        // Inc, Ltd, Ministry, University ... (built in)
    kGazSurname,          // last word of a known person's name
    kGazWordNetPerson,    // WordNet's proper names, by the lexicographer file of the sense
    kGazWordNetLocation,  // (places and natural objects)
    kGazWordNetGroup,     // (organisations, dynasties, parties)
    kGazWordNetOther,     // (facilities and events)
    kGazCategoryCount
};
static_assert(kGazCategoryCount <= 15, "bit 15 of a gazetteer lookup mask is kPrefixBit");

// Lower-cased phrases (space-joined words) hashed to a membership mask.  Loaded from the
// embedded lexicons (assets/lexicons/); phrases longer than kMaxPhraseWords are ignored.
class NerGazetteer {
public:
    static constexpr size_t kMaxPhraseWords = 5;
    NerGazetteer();                         // empty
    static const NerGazetteer& embedded();  // loaded once from the embedded lexicons

    void add(std::string_view phrase, GazetteerCategory category);
    // Set in lookup() results for phrases that are a proper word-prefix of some entry.
    static constexpr uint16_t kPrefixBit = 0x8000;
    // Mask of categories (plus kPrefixBit) for a phrase hash (see phraseHashStep); 0 when
    // neither listed nor the start of a listed phrase.
    uint16_t lookup(uint64_t phraseHash) const {
        if (phraseHash == 0) phraseHash = 1;
        const size_t mask = m_keys.size() - 1;
        for (size_t p = phraseHash & mask;; p = (p + 1) & mask) {
            if (m_keys[p] == phraseHash) return m_masks[p];
            if (!m_keys[p]) return 0;
        }
    }
    size_t size() const { return m_count; }

    // Incremental phrase hash: start with kPhraseSeed, add words one at a time (lower-cased).
    static constexpr uint64_t kPhraseSeed = 0x51ed270b27a4f1c3ULL;
    static uint64_t phraseHashStep(uint64_t h, std::string_view word) {
        return combine(h, hashLowerAscii(word));
    }
    // The same step given the word's lower-cased hash (FeatureExtractor's per-token hash).
    static uint64_t phraseHashStepHashed(uint64_t h, uint64_t lowerWordHash) {
        return combine(h, lowerWordHash);
    }

    // Changes whenever the contents may have (construction, add): lets a cache of lookups
    // (NerTagger's per-word cache) tell that it is stale.  Unique across instances.
    uint64_t generation() const { return m_generation; }

private:
    void grow();
    void insertMask(uint64_t phraseHash, uint16_t bits);
    std::vector<uint64_t> m_keys;  // 0 = empty
    std::vector<uint16_t> m_masks;
    size_t m_count = 0;
    uint64_t m_generation;
};

}  // namespace entgraph::ner
