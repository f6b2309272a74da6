// `entgraph extract [--json] [--with-text] PATH...`: runs the extraction pipeline on each
// article and prints either one JSON object per article per line (the extract contract,
// extract/ExtractionJson.h) or a readable summary.
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "cli/GraphInput.h"
#include "extract/BatchExtract.h"
#include "extract/ExtractionJson.h"
#include "extract/Extractor.h"

namespace entgraph::cli {

namespace {

struct ExtractOptions {
    std::vector<std::string> paths;
    bool json = false;
    bool withText = false;
    unsigned threads = 0;
};

void printSummary(const Article& article, const ArticleExtraction& x) {
    std::cout << "== " << x.doc;
    if (!article.title.empty()) std::cout << " (" << article.title << ")";
    std::cout << "\n";
    std::map<EntityType, std::vector<size_t>> byType;
    for (size_t i = 0; i < x.entities.size(); ++i) byType[x.entities[i].type].push_back(i);
    for (const auto& [type, ids] : byType) {
        std::cout << "  " << entityTypeName(type) << ":";
        const char* sep = " ";
        for (size_t i : ids) {
            std::cout << sep << x.entities[i].name;
            if (!x.entities[i].aliases.empty()) {
                std::cout << " [";
                for (size_t a = 0; a < x.entities[i].aliases.size(); ++a)
                    std::cout << (a ? ", " : "") << x.entities[i].aliases[a];
                std::cout << "]";
            }
            sep = "; ";
        }
        std::cout << "\n";
    }
    if (!x.relations.empty()) std::cout << "  relations:\n";
    for (const ExtractedRelation& r : x.relations) {
        std::cout << "    " << x.entities[r.source].name << " \xE2\x80\x94"
                  << (r.negated ? "not " : "") << r.label << "\xE2\x86\x92 "
                  << x.entities[r.target].name << "  (" << relationTypeName(r.type) << ")\n";
    }
}

}  // namespace

void addExtractCommand(CLI::App& app, int& exitCode) {
    auto opts = std::make_shared<ExtractOptions>();
    auto* cmd = app.add_subcommand("extract", "Extract entities and relations from articles");
    cmd->add_option("paths", opts->paths, "Article files (txt, html, feeds, jsonl) or folders")
        ->required();
    cmd->add_flag("--json", opts->json,
                  "One JSON object per article per line (the extract contract)");
    cmd->add_flag("--with-text", opts->withText, "With --json: add each article's title and text");
    cmd->add_option("-j,--threads", opts->threads, "Worker threads (default: all cores)");
    cmd->final_callback([opts, &exitCode] {
        auto articles = loadArticles(opts->paths, exitCode);
        if (!articles) return;
        const Extractor extractor;
        BatchOptions batch;
        batch.threads = opts->threads;
        const std::vector<ArticleExtraction> results = extractAll(extractor, *articles, batch);
        for (size_t i = 0; i < results.size(); ++i) {
            if (opts->json) {
                const nlohmann::json j =
                    extractionToJson(results[i], opts->withText ? &(*articles)[i] : nullptr);
                std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                          << '\n';
            } else {
                printSummary((*articles)[i], results[i]);
            }
        }
        std::cout.flush();
        exitCode = 0;
    });
}

}  // namespace entgraph::cli
