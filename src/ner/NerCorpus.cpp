#include "ner/NerCorpus.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/Error.h"
#include "core/Types.h"

namespace entgraph::ner {

size_t TaggedFile::tokenCount() const {
    size_t n = 0;
    for (const auto& s : sentences) n += s.tokens.size();
    return n;
}

std::string tagTypeName(std::string_view tag) {
    if (tag == "O") return {};
    if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
        throw Error("not an IOB tag: '" + std::string(tag.substr(0, 40)) + "'");
    std::string_view type = tag.substr(2);
    if (auto parsed = parseEntityType(type)) return std::string(entityTypeName(*parsed));
    std::string upper(type);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
}

TaggedFile parseTagged(std::string text, TaggedFormat format, std::string name) {
    if (text.find('\0') != std::string::npos)
        throw Error(name + ": binary file, not a tagged NER file");
    TaggedFile file;
    file.path = std::move(name);
    file.text = std::make_shared<const std::string>(std::move(text));
    std::string_view all = *file.text;
    TaggedSentence current;
    auto flush = [&] {
        if (!current.tokens.empty()) file.sentences.push_back(std::move(current));
        current = {};
    };
    size_t pos = 0, lineNo = 0;
    while (pos < all.size()) {
        size_t eol = all.find('\n', pos);
        if (eol == std::string_view::npos) eol = all.size();
        std::string_view line = all.substr(pos, eol - pos);
        pos = eol + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::string_view token, tag;
        if (format == TaggedFormat::Tsv) {
            const size_t tab = line.find('\t');
            if (tab == std::string_view::npos) {
                // Comment ("# doc:", "# text:") or blank; anything else without a TAB ends a
                // sentence too.
                if (line.empty() ||
                    std::all_of(line.begin(), line.end(), [](char c) { return c == ' '; }))
                    flush();
                else if (line[0] != '#')
                    throw Error(file.path + ":" + std::to_string(lineNo) +
                                ": expected TOKEN<TAB>TAG");
                continue;
            }
            token = line.substr(0, tab);
            tag = line.substr(line.rfind('\t') + 1);
            if (token.empty()) {
                if (tag.empty()) {  // a line of only a TAB separates sentences (WNUT-17 style)
                    flush();
                    continue;
                }
                throw Error(file.path + ":" + std::to_string(lineNo) + ": empty token");
            }
        } else {
            size_t b = line.find_first_not_of(" \t");
            if (b == std::string_view::npos) {
                flush();
                continue;
            }
            size_t e = line.find_first_of(" \t", b);
            token = line.substr(b, e == std::string_view::npos ? line.npos : e - b);
            if (token == "-DOCSTART-") {
                flush();
                continue;
            }
            size_t te = line.find_last_not_of(" \t");
            size_t tb = line.find_last_of(" \t", te);
            if (tb == std::string_view::npos || tb < b + token.size() - 1)
                throw Error(file.path + ":" + std::to_string(lineNo) +
                            ": expected TOKEN ... TAG columns");
            tag = line.substr(tb + 1, te - tb);
        }
        try {
            (void)tagTypeName(tag);
        } catch (const Error& e) {
            throw Error(file.path + ":" + std::to_string(lineNo) + ": " + e.what());
        }
        current.tokens.push_back(token);
        current.tags.push_back(tag);
    }
    flush();
    if (file.sentences.empty()) throw Error(file.path + ": no tagged sentences found");
    return file;
}

TaggedFile readTaggedFile(const std::string& path, TaggedFormat format) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return parseTagged(s.str(), format, path);
}

}  // namespace entgraph::ner
