#pragma once
// The trained named-entity tagger (averaged perceptron over rich token features; see
// README "How the NER model was trained").  Tags PERSON, ORGANIZATION, LOCATION and
// EVENT; the extraction pipeline adds rule-based types on top.
#include <memory>

#include "extract/EntityTagger.h"

namespace entgraph {

// The tagger backed by the model embedded in this build (assets/models/ner.bin), loaded
// once and shared; nullptr when the build embeds no model.
std::shared_ptr<const EntityTagger> embeddedNerTagger();

}  // namespace entgraph
