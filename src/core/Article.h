#pragma once
#include <string>

namespace entgraph {

// One news article as ingest produced it.  For .txt input `text` is the file's bytes
// unchanged; for every other format it is the extracted plain text.  All offsets
// elsewhere (mentions, evidence) index `text`.
struct Article {
    std::string id;         // path as given, "PATH#N" for the Nth item of a feed/jsonl, or the jsonl id
    std::string title;      // may be empty
    std::string source;     // file path, "-" for stdin
    std::string url;        // may be empty
    std::string published;  // as found (ISO 8601 where the input had it), may be empty
    std::string text;
};

}  // namespace entgraph
