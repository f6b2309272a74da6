// Full-text search over a workspace (FTS5 indexes kept in sync by the schema's triggers).
#include <sstream>

#include "core/Error.h"
#include "store/Workspace.h"

namespace entgraph {

namespace {

// The user's words as an FTS5 query: each word quoted (so "U.S." or "AND" are plain text,
// never syntax), all required, the last one also matching as a prefix.
std::string ftsQuery(const std::string& query) {
    std::istringstream in(query);
    std::string word, out;
    std::vector<std::string> words;
    while (in >> word) words.push_back(word);
    for (size_t i = 0; i < words.size(); ++i) {
        std::string quoted = "\"";
        for (char c : words[i]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        quoted += "\"";
        if (i + 1 == words.size()) quoted += "*";
        out += (i ? " " : "") + quoted;
    }
    return out;
}

}  // namespace

std::vector<SearchHit> Workspace::search(const std::string& query, size_t limit) {
    const std::string match = ftsQuery(query);
    if (match.empty()) throw Error("the search query is empty");
    std::vector<SearchHit> hits;
    {
        sqlite::Statement st(m_db,
                             "SELECT e.id, e.name, e.type, e.hidden,"
                             " snippet(entities_fts, -1, '[', ']', '...', 10)"
                             " FROM entities_fts JOIN entities e ON e.id = entities_fts.rowid"
                             " WHERE entities_fts MATCH ? ORDER BY rank LIMIT ?");
        st.bind(1, match).bind(2, static_cast<int64_t>(limit));
        while (st.step()) {
            SearchHit h;
            h.kind = SearchHit::Kind::Entity;
            h.id = st.getInt(0);
            h.title = st.getText(1);
            h.detail = st.getText(2) + (st.getInt(3) ? " (hidden)" : "");
            h.snippet = st.getText(4);
            hits.push_back(std::move(h));
        }
    }
    {
        sqlite::Statement st(m_db,
                             "SELECT a.id, a.title, a.source, a.doc,"
                             " snippet(articles_fts, 1, '[', ']', '...', 16)"
                             " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                             " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?");
        st.bind(1, match).bind(2, static_cast<int64_t>(limit));
        while (st.step()) {
            SearchHit h;
            h.kind = SearchHit::Kind::Article;
            h.id = st.getInt(0);
            h.title = st.getText(1).empty() ? st.getText(3) : st.getText(1);
            h.detail = st.getText(2);
            h.snippet = st.getText(4);
            for (char& c : h.snippet)
                if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            hits.push_back(std::move(h));
        }
    }
    return hits;
}

}  // namespace entgraph
