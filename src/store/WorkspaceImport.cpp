// Incremental import: skip articles whose content is already stored, extract the rest in
// batches, resolve their entities against the workspace's (canonical name or alias, same
// type, case-insensitive) and commit each batch as one transaction under one "import" edit.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/Error.h"
#include "graph/EntityResolution.h"
#include "store/StoreUtil.h"
#include "store/Workspace.h"

namespace entgraph {

std::string Workspace::contentHash(const std::string& text) {
    // Two independent 64-bit FNV-1a digests and the length: accidental collisions among a
    // workspace's articles are not a practical concern, and no extra dependency is needed.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%016llx%016llx-%zx",
                  static_cast<unsigned long long>(store::fnv1a64(text)),
                  static_cast<unsigned long long>(store::fnv1a64(text, 0x84222325cbf29ce4ULL)),
                  text.size());
    return buf;
}

namespace {

// Names are compared as the graph module compares them (case, punctuation, "the").
std::string entityKey(EntityType type, std::string_view name) {
    return std::string(entityTypeName(type)) + '\t' + normalizeEntityName(name);
}

bool validSpan(const ByteSpan& s, size_t size) {
    return s.start <= s.end && s.end <= size;
}

// Resolves extracted entities to workspace rows, remembering every name it has seen.
class EntityResolver {
public:
    explicit EntityResolver(sqlite::Database& db) : m_db(db) {}

    // Learns the rows added since the last call (by this or another process); called inside
    // each batch's transaction so a concurrent importer's entities are reused, not doubled.
    void refresh() {
        sqlite::Statement st(m_db, "SELECT id, name, type FROM entities WHERE id > ? ORDER BY id");
        st.bind(1, m_lastEntity);
        while (st.step()) {
            const auto type = parseEntityType(st.getText(2)).value_or(EntityType::Person);
            m_typeOf[st.getInt(0)] = type;
            m_nameOf[st.getInt(0)] = st.getText(1);
            remember(st.getInt(0), type, st.getText(1));
            m_lastEntity = st.getInt(0);
        }
        sqlite::Statement al(m_db,
                             "SELECT id, entity, alias FROM aliases WHERE id > ? ORDER BY id");
        al.bind(1, m_lastAlias);
        while (al.step()) {
            const auto it = m_typeOf.find(al.getInt(1));
            if (it != m_typeOf.end()) remember(al.getInt(1), it->second, al.getText(2));
            m_lastAlias = al.getInt(0);
        }
    }

    // Returns the row for `e`, creating it or adding its new aliases; counts into stats.
    int64_t resolve(const ExtractedEntity& e, ImportStats& stats) {
        int64_t id = 0;
        auto it = m_index.find(entityKey(e.type, e.name));
        for (size_t i = 0; it == m_index.end() && i < e.aliases.size(); ++i)
            it = m_index.find(entityKey(e.type, e.aliases[i]));
        if (it != m_index.end()) {
            id = it->second;
            ++stats.entitiesMerged;
            upgradeName(id, e.name);
        } else {
            sqlite::Statement ins(m_db, "INSERT INTO entities(name, type) VALUES (?, ?)");
            ins.bind(1, e.name).bind(2, entityTypeName(e.type)).exec();
            id = m_db.lastInsertId();
            m_lastEntity = std::max(m_lastEntity, id);
            m_typeOf[id] = e.type;
            m_nameOf[id] = e.name;
            remember(id, e.type, e.name);
            ++stats.entitiesNew;
        }
        auto addAlias = [&](const std::string& alias) {
            if (store::foldKey(alias).empty() || m_names[id].count(store::foldKey(alias))) return;
            sqlite::Statement ins(m_db, "INSERT INTO aliases(entity, alias) VALUES (?, ?)");
            ins.bind(1, id).bind(2, alias).exec();
            m_lastAlias = std::max(m_lastAlias, m_db.lastInsertId());
            remember(id, e.type, alias);
        };
        addAlias(e.name);
        for (const auto& a : e.aliases) addAlias(a);
        return id;
    }

private:
    // An entity first seen as "Zelensky" takes the fuller "Volodymyr Zelensky" when an
    // article gives it, the short name staying an alias -- but only when every word of the
    // current name is in the new one, so a name a user chose ("Zelenskyy") is kept.
    void upgradeName(int64_t id, const std::string& name) {
        const std::string& current = m_nameOf[id];
        const auto have = nameTokens(normalizeEntityName(current));
        const auto offered = nameTokens(normalizeEntityName(name));
        if (offered.size() <= have.size()) return;
        for (const auto& t : have)
            if (std::find(offered.begin(), offered.end(), t) == offered.end()) return;
        sqlite::Statement al(m_db, "SELECT id, alias FROM aliases WHERE entity = ?");
        al.bind(1, id);
        std::vector<int64_t> drop;
        bool currentIsAlias = false;
        while (al.step()) {
            const std::string key = store::foldKey(al.getText(1));
            if (key == store::foldKey(name)) drop.push_back(al.getInt(0));
            if (key == store::foldKey(current)) currentIsAlias = true;
        }
        for (int64_t row : drop) {
            sqlite::Statement del(m_db, "DELETE FROM aliases WHERE id = ?");
            del.bind(1, row).exec();
        }
        if (!currentIsAlias) {
            sqlite::Statement ins(m_db, "INSERT INTO aliases(entity, alias) VALUES (?, ?)");
            ins.bind(1, id).bind(2, current).exec();
            m_lastAlias = std::max(m_lastAlias, m_db.lastInsertId());
        }
        sqlite::Statement up(m_db, "UPDATE entities SET name = ? WHERE id = ?");
        up.bind(1, name).bind(2, id).exec();
        m_nameOf[id] = name;
        remember(id, m_typeOf[id], name);
    }

    void remember(int64_t id, EntityType type, const std::string& name) {
        m_index.try_emplace(entityKey(type, name), id);
        m_names[id].insert(store::foldKey(name));
    }

    sqlite::Database& m_db;
    std::map<std::string, int64_t> m_index;            // type + folded name/alias -> entity
    std::map<int64_t, std::set<std::string>> m_names;  // entity -> folded names it answers to
    std::map<int64_t, EntityType> m_typeOf;
    std::map<int64_t, std::string> m_nameOf;  // current canonical names
    int64_t m_lastEntity = 0, m_lastAlias = 0;
};

}  // namespace

ImportStats Workspace::importArticles(std::vector<Article> articles, const BatchExtractFn& extract,
                                      const ImportOptions& options) {
    requireWritable();
    ImportStats stats;

    // Decide what is new before extracting anything: extraction is the slow part.
    std::vector<std::pair<Article, std::string>> todo;
    {
        std::set<std::string> seen;
        sqlite::Statement exists(m_db, "SELECT 1 FROM articles WHERE hash = ?");
        for (auto& a : articles) {
            std::string h = contentHash(a.text);
            exists.bind(1, h);
            const bool stored = exists.step();
            exists.reset();
            if (stored || !seen.insert(h).second) {
                ++stats.articlesSkipped;
                continue;
            }
            todo.emplace_back(std::move(a), std::move(h));
        }
    }
    if (todo.empty()) return stats;

    EntityResolver resolver(m_db);
    int64_t edit = options.edit ? *options.edit : 0;
    size_t importedUnderEdit = 0;  // articles the edit's description counts
    if (edit != 0) {
        sqlite::Statement d(m_db, "SELECT description FROM edits WHERE id = ? AND undone = 0");
        d.bind(1, edit);
        if (!d.step())
            throw Error("cannot continue import edit #" + std::to_string(edit) + ": it is gone");
        std::sscanf(d.getText(0).c_str(), "import %zu", &importedUnderEdit);
    }
    const size_t batchSize = std::max<size_t>(1, options.batchSize);
    for (size_t first = 0; first < todo.size(); first += batchSize) {
        if (options.cancel && options.cancel->cancelled()) throw Cancelled{};
        const size_t last = std::min(todo.size(), first + batchSize);
        std::vector<Article> batch;
        for (size_t i = first; i < last; ++i) batch.push_back(todo[i].first);
        const std::vector<ArticleExtraction> extractions = extract(batch);
        if (extractions.size() != batch.size())
            throw Error("extraction returned " + std::to_string(extractions.size()) +
                        " results for " + std::to_string(batch.size()) + " articles");

        sqlite::Transaction tx(m_db);
        if (edit == 0) {
            edit = beginEdit("import", "import");
            if (options.edit) *options.edit = edit;
        } else {
            continueEdit(edit);
        }
        struct Scope {
            Workspace& ws;
            ~Scope() {
                sqlite3_exec(ws.m_db.handle(), "DELETE FROM temp.recording", nullptr, nullptr,
                             nullptr);
            }
        } scope{*this};
        resolver.refresh();

        sqlite::Statement insArticle(m_db,
                                     "INSERT INTO articles(doc, source, url, title, published, "
                                     "text, hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
        sqlite::Statement insMention(m_db,
                                     "INSERT INTO mentions(article, entity, start, end, sent_start,"
                                     " sent_end, text) VALUES (?, ?, ?, ?, ?, ?, ?)");
        sqlite::Statement findRel(m_db,
                                  "SELECT id FROM relations WHERE source = ? AND target = ? AND "
                                  "type = ? AND label = ? AND negated = ?");
        sqlite::Statement insRel(m_db,
                                 "INSERT INTO relations(source, target, type, label, negated) "
                                 "VALUES (?, ?, ?, ?, ?)");
        sqlite::Statement insEvidence(
            m_db,
            "INSERT INTO evidence(relation, article, sent_start, sent_end,"
            " src_start, src_end, tgt_start, tgt_end) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?)");
        for (size_t i = first; i < last; ++i) {
            const Article& a = todo[i].first;
            const ArticleExtraction& x = extractions[i - first];
            insArticle.bind(1, a.id).bind(2, a.source).bind(3, a.url).bind(4, a.title);
            insArticle.bind(5, a.published).bind(6, a.text).bind(7, todo[i].second);
            insArticle.exec();
            const int64_t articleId = m_db.lastInsertId();

            std::vector<int64_t> ids;
            for (const auto& e : x.entities) ids.push_back(resolver.resolve(e, stats));
            for (const auto& m : x.mentions) {
                // A malformed extraction is dropped mention by mention, never stored broken.
                if (m.entity >= ids.size() || !validSpan(m.span, a.text.size())) continue;
                const ByteSpan s =
                    validSpan(m.sentence, a.text.size()) && m.sentence.contains(m.span) ? m.sentence
                                                                                        : m.span;
                insMention.bind(1, articleId).bind(2, ids[m.entity]).bind(3, m.span.start);
                insMention.bind(4, m.span.end).bind(5, s.start).bind(6, s.end);
                insMention.bind(7, a.text.substr(m.span.start, m.span.size()));
                insMention.exec();
                ++stats.mentions;
            }
            for (const auto& r : x.relations) {
                if (r.source >= ids.size() || r.target >= ids.size() ||
                    !validSpan(r.evidence, a.text.size()))
                    continue;
                const std::string type(relationTypeName(r.type));
                const int64_t negated = r.negated ? 1 : 0;
                findRel.bind(1, ids[r.source]).bind(2, ids[r.target]).bind(3, type);
                findRel.bind(4, r.label).bind(5, negated);
                int64_t rel = 0;
                if (findRel.step()) {
                    rel = findRel.getInt(0);
                    findRel.reset();
                } else {
                    findRel.reset();
                    insRel.bind(1, ids[r.source]).bind(2, ids[r.target]).bind(3, type);
                    insRel.bind(4, r.label).bind(5, negated);
                    insRel.exec();
                    rel = m_db.lastInsertId();
                    ++stats.relationsNew;
                }
                const ByteSpan sm =
                    validSpan(r.sourceMention, a.text.size()) ? r.sourceMention : ByteSpan{};
                const ByteSpan tm =
                    validSpan(r.targetMention, a.text.size()) ? r.targetMention : ByteSpan{};
                insEvidence.bind(1, rel).bind(2, articleId).bind(3, r.evidence.start);
                insEvidence.bind(4, r.evidence.end).bind(5, sm.start).bind(6, sm.end);
                insEvidence.bind(7, tm.start).bind(8, tm.end);
                insEvidence.exec();
                ++stats.evidence;
            }
            ++stats.articlesAdded;
        }
        importedUnderEdit += last - first;
        sqlite::Statement describe(m_db, "UPDATE edits SET description = ? WHERE id = ?");
        describe.bind(1, "import " + std::to_string(importedUnderEdit) + " article(s)");
        describe.bind(2, edit).exec();
        tx.commit();
        if (options.progress)
            options.progress(
                static_cast<double>(last) / static_cast<double>(todo.size()),
                std::to_string(last) + "/" + std::to_string(todo.size()) + " articles");
    }
    return stats;
}

}  // namespace entgraph
