#pragma once
// Internal to src/extract: the per-article working data the pipeline stages share.
#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/Types.h"
#include "extract/ExtractLexicons.h"
#include "text/SentenceSplitter.h"
#include "text/Tokenizer.h"

namespace entgraph {

inline constexpr size_t kNone = std::numeric_limits<size_t>::max();

struct Mention {
    size_t sentence = 0;
    size_t begin = 0;  // article token indices, [begin, end)
    size_t end = 0;
    EntityType type = EntityType::Person;
    std::string country;  // NATIONALITY / capital / demonym-as-country: canonical country name
    std::string
        canonical;  // a name the mention stands for ("DPRK" -> "North Korea"); empty: its text
    bool capital = false;    // a capital city (may stand for its government, see Extractor.h)
    bool asCountry = false;  // resolved to `country` by the capital rule
    bool fromTitle = false;  // a demonym before a title ("German Chancellor") taken as the country
    bool synthetic = false;  // added to give a relation (e.g. "nationality of") a target; no alias
    size_t entity = kNone;
};

// Text order: by start, the longer of two mentions starting together first.
inline void sortInTextOrder(std::vector<Mention>& mentions) {
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
}

struct ArticleTokens {
    std::string_view text;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<std::string_view> views;  // token texts
    std::vector<std::string> lower;       // ASCII lower-case token texts
    std::vector<TokenInfo> info;          // lexical facts per token (tokenInfo)
};

}  // namespace entgraph
