#pragma once
// Helpers shared by the extract tests: look-ups by name and the contract checks.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "core/Article.h"
#include "core/Extraction.h"
#include "extract/Extractor.h"
#include "extract/RuleTagger.h"

namespace entgraph::test {

inline Article article(std::string text, std::string id = "test") {
    Article a;
    a.id = std::move(id);
    a.text = std::move(text);
    return a;
}

// The rule tagger only, so unit tests do not move with the trained model.
inline const Extractor& ruleExtractor() {
    static const Extractor extractor(std::make_shared<RuleTagger>());
    return extractor;
}

inline ArticleExtraction extractRules(const std::string& text) {
    return ruleExtractor().extract(article(text));
}

// The product's default extractor (trained model + rules), as users get it.
inline ArticleExtraction extractDefault(const std::string& text) {
    static const Extractor extractor;
    return extractor.extract(article(text));
}

inline const ExtractedEntity* entity(const ArticleExtraction& x, std::string_view name) {
    for (const ExtractedEntity& e : x.entities)
        if (e.name == name) return &e;
    return nullptr;
}

inline bool hasAlias(const ExtractedEntity& e, std::string_view alias) {
    for (const std::string& a : e.aliases)
        if (a == alias) return true;
    return false;
}

// Any entity whose name or alias is `name`.
inline const ExtractedEntity* entityNamed(const ArticleExtraction& x, std::string_view name) {
    if (const ExtractedEntity* e = entity(x, name)) return e;
    for (const ExtractedEntity& e : x.entities)
        if (hasAlias(e, name)) return &e;
    return nullptr;
}

inline const ExtractedRelation* relation(const ArticleExtraction& x, std::string_view source,
                                         std::string_view label, std::string_view target) {
    for (const ExtractedRelation& r : x.relations)
        if (x.entities[r.source].name == source && r.label == label &&
            x.entities[r.target].name == target)
            return &r;
    return nullptr;
}

// Any relation between the two names, either direction; nullptr when none.
inline const ExtractedRelation* between(const ArticleExtraction& x, std::string_view a,
                                        std::string_view b) {
    for (const ExtractedRelation& r : x.relations) {
        const std::string& s = x.entities[r.source].name;
        const std::string& t = x.entities[r.target].name;
        if ((s == a && t == b) || (s == b && t == a)) return &r;
    }
    return nullptr;
}

// A relation from `a` to `b` of the given type; nullptr when none.
inline const ExtractedRelation* typed(const ArticleExtraction& x, std::string_view a,
                                      std::string_view b, RelationType type) {
    for (const ExtractedRelation& r : x.relations)
        if (x.entities[r.source].name == a && x.entities[r.target].name == b && r.type == type)
            return &r;
    return nullptr;
}

inline std::string dumpRelations(const ArticleExtraction& x) {
    std::string out;
    for (const ExtractedRelation& r : x.relations)
        out +=
            x.entities[r.source].name + " -" + r.label + "-> " + x.entities[r.target].name + "\n";
    return out;
}

inline std::string dumpEntities(const ArticleExtraction& x) {
    std::string out;
    for (const ExtractedEntity& e : x.entities)
        out += std::string(entityTypeName(e.type)) + ":" + e.name + "\n";
    return out;
}

// The entity named `name` exists and has type `type`.
inline void expectType(const ArticleExtraction& x, const char* name, EntityType type) {
    const ExtractedEntity* e = entity(x, name);
    ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
    EXPECT_EQ(e->type, type) << name << "\n" << dumpEntities(x);
}

// The extract contract: offsets inside the text, mention text equals the bytes at its
// span, ids resolve, relation mentions are mentions of their entities, names unique.
inline void expectContract(const ArticleExtraction& x, const std::string& text) {
    for (const ExtractedMention& m : x.mentions) {
        ASSERT_LT(m.entity, x.entities.size());
        ASSERT_LE(m.span.end, text.size());
        ASSERT_LT(m.span.start, m.span.end);
        EXPECT_EQ(m.text, text.substr(m.span.start, m.span.size()));
        EXPECT_TRUE(m.sentence.contains(m.span));
    }
    for (size_t e = 0; e < x.entities.size(); ++e) {
        EXPECT_FALSE(x.entities[e].name.empty());
        bool mentioned = false;
        for (const ExtractedMention& m : x.mentions) mentioned = mentioned || m.entity == e;
        EXPECT_TRUE(mentioned) << x.entities[e].name;
        for (const std::string& a : x.entities[e].aliases) EXPECT_NE(a, x.entities[e].name);
    }
    for (const ExtractedRelation& r : x.relations) {
        ASSERT_LT(r.source, x.entities.size());
        ASSERT_LT(r.target, x.entities.size());
        EXPECT_NE(r.source, r.target);
        EXPECT_FALSE(r.label.empty());
        EXPECT_NE(r.type, RelationType::CoOccurrence);
        ASSERT_LE(r.evidence.end, text.size());
        EXPECT_TRUE(r.evidence.contains(r.sourceMention));
        EXPECT_TRUE(r.evidence.contains(r.targetMention));
        bool sourceFound = false, targetFound = false;
        for (const ExtractedMention& m : x.mentions) {
            sourceFound = sourceFound || (m.entity == r.source && m.span == r.sourceMention);
            targetFound = targetFound || (m.entity == r.target && m.span == r.targetMention);
        }
        EXPECT_TRUE(sourceFound) << r.label;
        EXPECT_TRUE(targetFound) << r.label;
    }
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace entgraph::test
