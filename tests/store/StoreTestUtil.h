#pragma once
// Helpers for the workspace tests: a scratch folder, hand-made articles and a tiny
// dictionary extractor, so these tests never depend on the real extraction pipeline.
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/Article.h"
#include "core/Extraction.h"
#include "store/Workspace.h"

namespace entgraph::testing {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed with everything in it at scope end.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = fs::temp_directory_path() /
                 ("entgraph-store-" + std::to_string(rd()) + "-" + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline Article makeArticle(const std::string& id, const std::string& text,
                           const std::string& title = "") {
    Article a;
    a.id = id;
    a.source = id;
    a.title = title;
    a.text = text;
    return a;
}

// Finds dictionary names (whole words, longest first) and turns "A met B" sentences into
// Diplomatic relations ("A did not meet B": negated).  One ExtractedEntity per dictionary
// entry seen; its name is the longest surface form in the article, the others aliases.
class DictionaryExtractor {
public:
    struct Entry {
        std::vector<std::string> forms;  // surface forms, fullest first
        EntityType type;
    };
    DictionaryExtractor();
    explicit DictionaryExtractor(std::vector<Entry> entries) : m_entries(std::move(entries)) {}

    ArticleExtraction extract(const Article& article) const;
    std::vector<ArticleExtraction> operator()(const std::vector<Article>& batch) const {
        std::vector<ArticleExtraction> out;
        for (const auto& a : batch) out.push_back(extract(a));
        return out;
    }

private:
    std::vector<Entry> m_entries;
};

// Generated news-like articles: article i mentions a rotating cast; deterministic.
std::vector<Article> generatedArticles(size_t count, size_t offset = 0);

// The vertex whose name or alias equals `name` (ASCII case-insensitive); written here so these
// tests need nothing of the graph module beyond its header.
std::optional<Vertex> vertexNamed(const EntityGraph& g, const std::string& name);

// A canonical text of a graph (entities, aliases, mentions, edges with relations and
// co-occurrences, sorted), to compare two graphs for equality.
std::string describeGraph(const EntityGraph& g);

}  // namespace entgraph::testing
