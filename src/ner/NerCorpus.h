#pragma once
// Tagged NER files: the corpora's TSV format (TOKEN<TAB>TAG lines, "# doc:"/"# text:"
// comment lines without a TAB, blank line ends a sentence) and CoNLL (whitespace-separated
// columns, the last one the gold tag, -DOCSTART- lines skipped).  Tags are IOB ("O",
// "B-TYPE", "I-TYPE"); IOB1 files (I- starts) are read as they are.
//
// Bad input (missing, empty, binary, malformed tag) throws entgraph::Error naming the file
// and line.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace entgraph::ner {

enum class TaggedFormat { Tsv, Conll };

struct TaggedSentence {
    std::vector<std::string_view> tokens;  // views into TaggedFile::text
    std::vector<std::string_view> tags;
};

struct TaggedFile {
    std::string path;
    std::shared_ptr<const std::string> text;  // owns the bytes the views point into
    std::vector<TaggedSentence> sentences;
    size_t tokenCount() const;
};

TaggedFile parseTagged(std::string text, TaggedFormat format, std::string name);
TaggedFile readTaggedFile(const std::string& path, TaggedFormat format);

// The canonical type name of a tag's type ("B-PER" -> "PERSON", "I-MISC" -> "MISC"); empty
// for "O".  Throws entgraph::Error for a tag that is not O/B-X/I-X.
std::string tagTypeName(std::string_view tag);

}  // namespace entgraph::ner
