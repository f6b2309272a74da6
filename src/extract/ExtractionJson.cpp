#include "extract/ExtractionJson.h"

#include <string>

namespace entgraph {

namespace {

std::string entityId(size_t index) {
    return "e" + std::to_string(index + 1);
}

nlohmann::json span(const ByteSpan& s) {
    return {{"start", s.start}, {"end", s.end}};
}

}  // namespace

nlohmann::json extractionToJson(const ArticleExtraction& x, const Article* article) {
    nlohmann::json out = nlohmann::json::object();
    out["doc"] = x.doc;
    if (article) {
        out["title"] = article->title;
        out["text"] = article->text;
    }
    nlohmann::json entities = nlohmann::json::array();
    for (size_t i = 0; i < x.entities.size(); ++i) {
        const ExtractedEntity& e = x.entities[i];
        entities.push_back({{"id", entityId(i)},
                            {"name", e.name},
                            {"type", std::string(entityTypeName(e.type))},
                            {"aliases", e.aliases}});
    }
    nlohmann::json mentions = nlohmann::json::array();
    for (const ExtractedMention& m : x.mentions)
        mentions.push_back({{"entity", entityId(m.entity)},
                            {"start", m.span.start},
                            {"end", m.span.end},
                            {"text", m.text}});
    nlohmann::json relations = nlohmann::json::array();
    for (const ExtractedRelation& r : x.relations) {
        nlohmann::json j = {{"source", entityId(r.source)},
                            {"target", entityId(r.target)},
                            {"label", r.label},
                            {"type", std::string(relationTypeName(r.type))},
                            {"evidence", span(r.evidence)},
                            {"source_mention", span(r.sourceMention)},
                            {"target_mention", span(r.targetMention)}};
        if (r.negated) j["negated"] = true;
        relations.push_back(std::move(j));
    }
    out["entities"] = std::move(entities);
    out["mentions"] = std::move(mentions);
    out["relations"] = std::move(relations);
    return out;
}

}  // namespace entgraph
