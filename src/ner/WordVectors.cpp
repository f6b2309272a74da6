#include "ner/WordVectors.h"

#include <charconv>
#include <fstream>
#include <string_view>

#include "core/Error.h"

namespace entgraph::ner {

WordVectors WordVectors::readText(const std::string& path, size_t maxWords) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read word vectors " + path + ": file not found or unreadable");
    WordVectors result;
    std::string line;
    size_t lineNumber = 0;
    auto fail = [&](const std::string& why) {
        return Error("word vectors " + path + ", line " + std::to_string(lineNumber) + ": " + why);
    };
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const size_t space = line.find(' ');
        if (space == 0 || space == std::string::npos) throw fail("expected a word and numbers");
        const size_t before = result.values.size();
        const char* p = line.data() + space;
        const char* end = line.data() + line.size();
        while (p < end) {
            while (p < end && *p == ' ') ++p;
            if (p == end) break;
            float v = 0;
            const auto [next, ec] = std::from_chars(p, end, v);
            if (ec != std::errc() || (next < end && *next != ' '))
                throw fail("a value is not a number");
            result.values.push_back(v);
            p = next;
        }
        const size_t count = result.values.size() - before;
        if (result.words.empty()) {
            if (count == 0) throw fail("no numbers after the word");
            result.dimensions = count;
        } else if (count != result.dimensions) {
            throw fail(std::to_string(count) + " numbers where the first row has " +
                       std::to_string(result.dimensions));
        }
        result.words.emplace_back(line.substr(0, space));
        if (maxWords && result.words.size() == maxWords) break;
    }
    if (in.bad()) throw Error("cannot read word vectors " + path + ": read error");
    if (result.words.empty()) throw Error("word vectors " + path + " hold no rows");
    return result;
}

}  // namespace entgraph::ner
