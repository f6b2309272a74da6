// The embedded NER model loader (the full tagger lands in the following commits).
#include "ner/NerTagger.h"

#include "core/Resources.h"

namespace entgraph {

std::shared_ptr<const EntityTagger> embeddedNerTagger() {
    auto bytes = findResource("assets/models/ner.bin");
    if (!bytes || bytes->empty()) return nullptr;
    return nullptr;  // model format not implemented yet
}

}  // namespace entgraph
