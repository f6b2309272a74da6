#pragma once
// Shared helpers for the ingest tests: a temporary folder that removes itself, file writers
// and a run of ingest that keeps both the articles and the report.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/Ingest.h"

namespace entgraph::test {

inline std::string dataPath(const std::string& name) {
    return std::string(ENTGRAPH_TEST_DATA) + "/ingest/" + name;
}

class TempDir {
public:
    TempDir() {
        std::string templ =
            (std::filesystem::temp_directory_path() / "entgraph-ingest-XXXXXX").string();
        if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
        m_path = templ;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path(const std::string& name) const { return (m_path / name).string(); }
    const std::filesystem::path& root() const { return m_path; }

    std::string write(const std::string& name, const std::string& bytes) const {
        const auto p = m_path / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream out(p, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p.string();
    }

private:
    std::filesystem::path m_path;
};

struct IngestRun {
    std::vector<Article> articles;
    IngestReport report;
};

inline IngestRun ingest(const std::vector<std::string>& paths, const IngestOptions& options = {}) {
    IngestRun run;
    run.report = forEachArticle(
        paths, [&](Article&& a) { run.articles.push_back(std::move(a)); }, options);
    return run;
}

inline IngestRun ingestMemory(const std::string& name, const std::string& bytes,
                              const IngestOptions& options = {}) {
    IngestRun run;
    forEachArticleInMemory(
        name, bytes, [&](Article&& a) { run.articles.push_back(std::move(a)); }, run.report,
        options);
    return run;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace entgraph::test
