#pragma once
// The trained named-entity tagger (averaged perceptron over rich token features; see
// README "How the NER model was trained").  Tags PERSON, ORGANIZATION, LOCATION and
// EVENT; the extraction pipeline adds rule-based types on top.
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "extract/EntityTagger.h"
#include "ner/NerModel.h"

namespace entgraph {

// The tagger backed by the model embedded in this build (assets/models/ner.bin), loaded
// once and shared; nullptr when the build embeds no model.  A corrupt embedded model is a
// build error: it throws entgraph::Error.
std::shared_ptr<const EntityTagger> embeddedNerTagger();

namespace ner {

class NerGazetteer;

// An EntityTagger over a NerModel.  Thread-safe: per-thread scratch buffers, no locks.
class NerTagger final : public EntityTagger {
public:
    explicit NerTagger(NerModel model);  // uses NerGazetteer::embedded()
    NerTagger(NerModel model, const NerGazetteer& gazetteer);

    std::vector<TaggedSpan> tagSentence(std::span<const std::string_view> tokens) const override;
    // Token labels (see NerModel.h), written to out (resized to tokens.size()).
    void tagLabels(std::span<const std::string_view> tokens, std::vector<int>& out) const;
    const NerModel& model() const { return m_model; }

private:
    NerModel m_model;
    const NerGazetteer* m_gaz;
    uint64_t m_id;  // unique per construction (copies share it): keys the per-thread caches
};

}  // namespace ner
}  // namespace entgraph
