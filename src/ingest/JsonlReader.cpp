#include "ingest/JsonlReader.h"

#include <nlohmann/json.hpp>

#include "ingest/Utf8.h"

namespace entgraph::ingest {

namespace {

// A string field, a number written as text (ids are often numeric), or "".
std::string field(const nlohmann::json& record, const char* key) {
    const auto it = record.find(key);
    if (it == record.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    if (it->is_number_unsigned()) return std::to_string(it->get<unsigned long long>());
    return {};
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; the rest is the point.
std::string shortReason(const std::string& what) {
    const size_t close = what.find("] ");
    return close == std::string::npos ? what : what.substr(close + 2);
}

}  // namespace

void readJsonl(InputSource& input, ReadContext& ctx) {
    std::string line;
    bool tooLong = false;
    size_t lineNumber = 0;
    size_t records = 0;
    size_t skipped = 0;
    const auto skipLine = [&](const std::string& reason) {
        ++skipped;
        ctx.report.warnings.push_back("skipping '" + ctx.name + "' line " +
                                      std::to_string(lineNumber) + ": " + reason);
    };
    while (input.readLine(line, ctx.options.maxArticleBytes, tooLong)) {
        ++lineNumber;
        if (tooLong) {
            skipLine("line is " + ctx.limitText());
            continue;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::string_view view = line;
        if (lineNumber == 1) view = skipBom(view);
        if (isBlank(view)) continue;

        nlohmann::json record;
        try {
            // Invalid UTF-8 would make the whole line unreadable; one U+FFFD per bad byte
            // keeps the rest of the article.
            record = nlohmann::json::parse(sanitizeUtf8(view));
        } catch (const nlohmann::json::exception& e) {
            skipLine("malformed JSON: " + shortReason(e.what()));
            continue;
        }
        if (!record.is_object()) {
            skipLine("not a JSON object");
            continue;
        }
        Article a;
        a.text = field(record, "text");
        if (isBlank(a.text)) {
            skipLine("no \"text\"");
            continue;
        }
        a.id = field(record, "id");
        if (a.id.empty()) a.id = ctx.name + "#" + std::to_string(lineNumber);
        a.title = collapseWhitespace(field(record, "title"));
        a.url = field(record, "url");
        a.published = field(record, "published");
        a.source = field(record, "source");
        if (a.source.empty()) a.source = ctx.name;
        ++records;
        ctx.deliver(std::move(a));
    }
    if (records == 0 && skipped == 0)
        ctx.skip("empty file");
    else if (records == 0)
        ctx.skip("no valid JSONL record");
}

}  // namespace entgraph::ingest
