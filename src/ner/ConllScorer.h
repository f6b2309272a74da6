#pragma once
// Exact-span, typed NER scoring with conlleval semantics: a chunk is correct only when its
// type and both boundaries match a gold chunk; an I- tag that does not continue a chunk of
// the same type starts a new one.  Also evaluates a tagger on tagged files (eval-ner).
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/EntityTagger.h"
#include "ner/NerCorpus.h"

namespace entgraph::ner {

struct Chunk {
    size_t begin = 0, end = 0;  // token range
    std::string type;           // canonical type name ("PERSON")
    bool operator==(const Chunk&) const = default;
};

// Chunks of an IOB tag sequence (conlleval rules).
std::vector<Chunk> chunksFromTags(const std::vector<std::string_view>& tags);

struct TypeCounts {
    size_t gold = 0, predicted = 0, correct = 0;
    double precision() const { return predicted ? double(correct) / predicted : 0.0; }
    double recall() const { return gold ? double(correct) / gold : 0.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    TypeCounts& operator+=(const TypeCounts& o) {
        gold += o.gold, predicted += o.predicted, correct += o.correct;
        return *this;
    }
};

class ConllScorer {
public:
    // Only chunks whose type is in `types` count (an empty set counts every type).
    explicit ConllScorer(std::set<std::string> types = {}) : m_types(std::move(types)) {}
    void add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted);
    const std::map<std::string, TypeCounts>& perType() const { return m_perType; }
    TypeCounts micro() const;

private:
    bool counts(const std::string& type) const { return m_types.empty() || m_types.count(type); }
    std::set<std::string> m_types;
    std::map<std::string, TypeCounts> m_perType;
};

struct FileEvaluation {
    std::string path;
    size_t sentences = 0, tokens = 0;
    std::vector<std::string> scoredTypes;  // types the tagger predicts and the file annotates
    std::map<std::string, TypeCounts> perType;
    TypeCounts micro;
};

// The type names an EntityTagger backed by the NER model can predict.
std::set<std::string> nerPredictedTypes();

// Tags every sentence of `file` and scores the types in `predictable` that the file annotates
// (has at least one gold chunk of).
// onSentence (optional) sees every sentence with its gold and predicted chunks.
using SentenceObserver = std::function<void(const TaggedSentence&, const std::vector<Chunk>& gold,
                                            const std::vector<Chunk>& predicted)>;
FileEvaluation evaluateTagger(const EntityTagger& tagger, const TaggedFile& file,
                              const std::set<std::string>& predictable,
                              const SentenceObserver& onSentence = {});

}  // namespace entgraph::ner
