#include "ner/ConllScorer.h"

#include <algorithm>

#include "ner/NerModel.h"

namespace entgraph::ner {

std::vector<Chunk> chunksFromTags(const std::vector<std::string_view>& tags) {
    std::vector<Chunk> chunks;
    bool open = false;
    for (size_t i = 0; i < tags.size(); ++i) {
        const std::string type = tagTypeName(tags[i]);
        const bool continues = open && tags[i][0] == 'I' && chunks.back().type == type;
        if (open && !continues) {
            chunks.back().end = i;
            open = false;
        }
        if (!type.empty() && !continues) {
            chunks.push_back({i, i + 1, type});
            open = true;
        }
    }
    if (open) chunks.back().end = tags.size();
    return chunks;
}

void ConllScorer::add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted) {
    for (const Chunk& g : gold)
        if (counts(g.type)) ++m_perType[g.type].gold;
    for (const Chunk& p : predicted) {
        if (!counts(p.type)) continue;
        TypeCounts& c = m_perType[p.type];
        ++c.predicted;
        if (std::find(gold.begin(), gold.end(), p) != gold.end()) ++c.correct;
    }
}

TypeCounts ConllScorer::micro() const {
    TypeCounts total;
    for (const auto& [type, c] : m_perType) total += c;
    return total;
}

std::set<std::string> nerPredictedTypes() {
    std::set<std::string> types;
    for (EntityType t : kNerTypes) types.insert(std::string(entityTypeName(t)));
    return types;
}

FileEvaluation evaluateTagger(const EntityTagger& tagger, const TaggedFile& file,
                              const std::set<std::string>& predictable,
                              const SentenceObserver& onSentence) {
    std::vector<std::vector<Chunk>> golds;
    golds.reserve(file.sentences.size());
    std::set<std::string> annotated;
    for (const TaggedSentence& s : file.sentences) {
        golds.push_back(chunksFromTags(s.tags));
        for (const Chunk& c : golds.back()) annotated.insert(c.type);
    }
    std::set<std::string> scored;
    for (const std::string& t : annotated)
        if (predictable.count(t)) scored.insert(t);
    FileEvaluation result;
    result.path = file.path;
    result.scoredTypes.assign(scored.begin(), scored.end());
    result.sentences = file.sentences.size();
    result.tokens = file.tokenCount();
    if (scored.empty()) return result;  // nothing in common: score nothing rather than everything
    ConllScorer scorer(scored);
    for (size_t i = 0; i < file.sentences.size(); ++i) {
        const TaggedSentence& s = file.sentences[i];
        std::vector<Chunk> predicted;
        for (const TaggedSpan& span : tagger.tagSentence(s.tokens))
            predicted.push_back({span.begin, span.end, std::string(entityTypeName(span.type))});
        scorer.add(golds[i], predicted);
        if (onSentence) onSentence(s, golds[i], predicted);
    }
    for (const std::string& t : scored)
        result.perType[t] = scorer.perType().count(t) ? scorer.perType().at(t) : TypeCounts{};
    result.micro = scorer.micro();
    return result;
}

}  // namespace entgraph::ner
