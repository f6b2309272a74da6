// Opening, schema migration and reading of a workspace (see Workspace.h for the contract).
#include "store/Workspace.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/Error.h"
#include "store/Schema.h"
#include "store/StoreUtil.h"

namespace entgraph {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 10000;

void configure(sqlite::Database& db, bool readOnly) {
    db.setBusyTimeout(kBusyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
    if (!readOnly) {
        db.exec("PRAGMA journal_mode = WAL");
        // In WAL mode NORMAL keeps every commit atomic and the file consistent after a crash;
        // only the last commits may be lost on power failure.
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

// Runs the migrations a file at `from` lacks, inside the caller's transaction.
void migrate(sqlite::Database& db, int from) {
    const auto& all = schema::migrations();
    for (int v = from; v < static_cast<int>(all.size()); ++v) db.exec(all[static_cast<size_t>(v)]);
    db.exec("PRAGMA application_id = " + std::to_string(kWorkspaceApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(all.size()));
}

// The cheap checks that need no SQLite: exists, not a directory, starts with SQLite's magic.
void checkHeader(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error("'" + path + "' is a directory, not a workspace");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read workspace '" + path + "'");
    char header[16] = {};
    in.read(header, sizeof header);
    const auto got = in.gcount();
    if (got == 0) throw Error("'" + path + "' is an empty file, not an entgraph workspace");
    static const char kMagic[16] = "SQLite format 3";  // with its terminating NUL: 16 bytes
    if (got < 16 || !std::equal(header, header + 16, kMagic))
        throw Error("'" + path + "' is not an entgraph workspace (not a SQLite database)");
}

// Builds a complete empty workspace under a temporary name and links it into place, so a
// crash during creation never leaves a half-made file at `path`.  When another process
// created `path` meanwhile, theirs is kept.
void createAtomically(const std::string& path) {
    const std::string tmp = path + ".creating-" + std::to_string(::getpid());
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((tmp + suffix).c_str());
    {
        sqlite::Database db(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        configure(db, false);
        sqlite::Transaction tx(db);
        migrate(db, 0);
        tx.commit();
    }  // closing the only connection checkpoints the WAL into the file
    const int rc = ::link(tmp.c_str(), path.c_str());
    const int err = errno;
    ::unlink(tmp.c_str());
    if (rc != 0 && err != EEXIST)
        throw Error("cannot create workspace '" + path + "': " + std::strerror(err));
}

}  // namespace

Workspace::Workspace(sqlite::Database db, std::string path, bool readOnly)
    : m_db(std::move(db)), m_path(std::move(path)), m_readOnly(readOnly) {}

Workspace::~Workspace() = default;

Workspace Workspace::open(const std::string& path, bool readOnly, bool create) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        if (!create || readOnly)
            throw Error("no workspace at '" + path + "' (create one with `entgraph import -w " +
                        path + " ARTICLES...`)");
        createAtomically(path);
    }

    // Inspect read-only first: nothing below may write to a file that is not ours.
    checkHeader(path);
    int version = 0;
    {
        sqlite::Database probe(path, SQLITE_OPEN_READONLY);
        probe.setBusyTimeout(kBusyTimeoutMs);
        const auto appId = probe.queryInt("PRAGMA application_id").value_or(0);
        if (appId != kWorkspaceApplicationId)
            throw Error("'" + path +
                        "' is a SQLite database of another program, not an entgraph workspace");
        version = static_cast<int>(probe.queryInt("PRAGMA user_version").value_or(0));
        if (version > kWorkspaceSchemaVersion)
            throw Error("workspace '" + path + "' was written by a newer entgraph (schema " +
                        std::to_string(version) + ", this build reads up to " +
                        std::to_string(kWorkspaceSchemaVersion) + "): update entgraph");
        // Reads the schema: a damaged first page or schema fails here, before any write.
        probe.queryInt("SELECT count(*) FROM sqlite_master");
        if (readOnly) {
            configure(probe, true);
            return Workspace(std::move(probe), path, true);
        }
    }

    sqlite::Database db(path, SQLITE_OPEN_READWRITE);
    configure(db, false);
    if (version < kWorkspaceSchemaVersion) {
        sqlite::Transaction tx(db);
        // Another process may have upgraded it meanwhile.
        const int now = static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0));
        if (now < kWorkspaceSchemaVersion) migrate(db, now);
        tx.commit();
    }
    Workspace ws(std::move(db), path, false);
    ws.installRecorder();
    return ws;
}

int Workspace::schemaVersion() {
    return static_cast<int>(m_db.queryInt("PRAGMA user_version").value_or(0));
}

void Workspace::requireWritable() const {
    if (m_readOnly) throw Error("workspace '" + m_path + "' is open read-only");
}

std::string Workspace::integrityCheck() {
    sqlite::Statement st(m_db, "PRAGMA integrity_check");
    std::string out;
    while (st.step()) {
        if (!out.empty()) out += "\n";
        out += st.getText(0);
    }
    return out;
}

// ---------------------------------------------------------------- counts and entities

size_t Workspace::articleCount() {
    return static_cast<size_t>(m_db.queryInt("SELECT count(*) FROM articles").value_or(0));
}
size_t Workspace::entityCount(bool includeHidden) {
    return static_cast<size_t>(m_db.queryInt(includeHidden
                                                 ? "SELECT count(*) FROM entities"
                                                 : "SELECT count(*) FROM entities WHERE hidden = 0")
                                   .value_or(0));
}
size_t Workspace::mentionCount() {
    return static_cast<size_t>(m_db.queryInt("SELECT count(*) FROM mentions").value_or(0));
}
size_t Workspace::relationCount() {
    return static_cast<size_t>(m_db.queryInt("SELECT count(*) FROM relations").value_or(0));
}
size_t Workspace::evidenceCount() {
    return static_cast<size_t>(m_db.queryInt("SELECT count(*) FROM evidence").value_or(0));
}

namespace {
constexpr std::string_view kEntitySelect =
    "SELECT e.id, e.name, e.type, e.notes, e.hidden, e.pinned,"
    " (SELECT count(*) FROM mentions m WHERE m.entity = e.id) FROM entities e ";

WorkspaceEntity readEntity(sqlite::Database& db, sqlite::Statement& st) {
    WorkspaceEntity e;
    e.id = st.getInt(0);
    e.name = st.getText(1);
    e.type = parseEntityType(st.getText(2)).value_or(EntityType::Person);
    e.notes = st.getText(3);
    e.hidden = st.getInt(4) != 0;
    e.pinned = st.getInt(5) != 0;
    e.mentions = static_cast<size_t>(st.getInt(6));
    sqlite::Statement al(db, "SELECT alias FROM aliases WHERE entity = ? ORDER BY id");
    al.bind(1, e.id);
    while (al.step()) e.aliases.push_back(al.getText(0));
    return e;
}
}  // namespace

std::optional<WorkspaceEntity> Workspace::entity(int64_t id) {
    sqlite::Statement st(m_db, std::string(kEntitySelect) + "WHERE e.id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readEntity(m_db, st);
}

std::vector<WorkspaceEntity> Workspace::entities(bool includeHidden) {
    sqlite::Statement st(
        m_db, std::string(kEntitySelect) +
                  (includeHidden ? "ORDER BY e.id" : "WHERE e.hidden = 0 ORDER BY e.id"));
    std::vector<WorkspaceEntity> out;
    while (st.step()) out.push_back(readEntity(m_db, st));
    return out;
}

std::vector<WorkspaceEntity> Workspace::findEntities(const std::string& name) {
    std::vector<WorkspaceEntity> out;
    if (name.size() > 1 && name[0] == '#' &&
        std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (auto e = entity(std::stoll(name.substr(1)))) out.push_back(*e);
        return out;
    }
    // NOCASE folds ASCII only; names are compared after store::foldKey in the importer too.
    sqlite::Statement st(m_db,
                         "SELECT id FROM entities WHERE name = ?1 COLLATE NOCASE UNION "
                         "SELECT entity FROM aliases WHERE alias = ?1 COLLATE NOCASE ORDER BY 1");
    st.bind(1, name);
    std::vector<int64_t> ids;
    while (st.step()) ids.push_back(st.getInt(0));
    for (int64_t id : ids)
        if (auto e = entity(id)) out.push_back(*e);
    // An exact canonical-name match wins over alias matches.
    std::vector<WorkspaceEntity> exact;
    for (const auto& e : out)
        if (store::foldKey(e.name) == store::foldKey(name)) exact.push_back(e);
    return exact.empty() ? out : exact;
}

// ---------------------------------------------------------------- dump

std::string Workspace::dump() {
    std::string out;
    std::vector<std::string> tables(std::begin(schema::kTrackedTables),
                                    std::end(schema::kTrackedTables));
    for (const auto& table : tables) {
        sqlite::Statement st(m_db, "SELECT * FROM " + table + " ORDER BY id");
        while (st.step()) {
            out += table;
            for (int c = 0; c < st.columnCount(); ++c) {
                out += '\t';
                if (st.isNull(c))
                    out += "NULL";
                else
                    out += st.getText(c);
            }
            out += '\n';
        }
    }
    return out;
}

// ---------------------------------------------------------------- graph

WorkspaceGraph Workspace::loadGraph() {
    WorkspaceGraph result;
    EntityGraph& eg = result.graph;
    BoostGraph& g = eg.graph();

    // Read everything in one snapshot so a concurrent writer cannot tear the graph.
    m_db.exec("BEGIN");
    struct EndRead {
        sqlite::Database& db;
        ~EndRead() { sqlite3_exec(db.handle(), "COMMIT", nullptr, nullptr, nullptr); }
    } endRead{m_db};

    std::map<int64_t, uint32_t> articleIndex;
    {
        sqlite::Statement st(m_db,
                             "SELECT id, doc, title, source, url, published, text FROM articles "
                             "ORDER BY id");
        while (st.step()) {
            Article a;
            a.id = st.getText(1);
            a.title = st.getText(2);
            a.source = st.getText(3);
            a.url = st.getText(4);
            a.published = st.getText(5);
            a.text = st.getText(6);
            articleIndex[st.getInt(0)] = static_cast<uint32_t>(eg.articles().size());
            result.articleIds.push_back(st.getInt(0));
            eg.articles().push_back(std::move(a));
        }
    }

    std::map<int64_t, Vertex> vertexOf;
    {
        sqlite::Statement st(m_db,
                             "SELECT id, name, type FROM entities WHERE hidden = 0 ORDER BY id");
        while (st.step()) {
            EntityProps p;
            p.name = st.getText(1);
            p.type = parseEntityType(st.getText(2)).value_or(EntityType::Person);
            const Vertex v = boost::add_vertex(std::move(p), g);
            vertexOf[st.getInt(0)] = v;
            result.entityIds.push_back(st.getInt(0));
        }
    }
    {
        sqlite::Statement st(m_db, "SELECT entity, alias FROM aliases ORDER BY id");
        while (st.step()) {
            auto it = vertexOf.find(st.getInt(0));
            if (it != vertexOf.end()) g[it->second].aliases.push_back(st.getText(1));
        }
    }

    // Mentions, and the sentences that hold more than one visible entity (co-occurrence).
    std::map<std::tuple<uint32_t, size_t, size_t>, std::set<Vertex>> sentences;
    {
        sqlite::Statement st(
            m_db,
            "SELECT entity, article, start, end, sent_start, sent_end FROM mentions "
            "ORDER BY article, start, id");
        while (st.step()) {
            auto it = vertexOf.find(st.getInt(0));
            if (it == vertexOf.end()) continue;
            MentionRef m;
            m.article = articleIndex.at(st.getInt(1));
            m.span = {static_cast<size_t>(st.getInt(2)), static_cast<size_t>(st.getInt(3))};
            m.sentence = {static_cast<size_t>(st.getInt(4)), static_cast<size_t>(st.getInt(5))};
            EntityProps& p = g[it->second];
            p.mentions.push_back(m);
            if (p.articles.empty() || p.articles.back() != m.article)
                p.articles.push_back(m.article);
            sentences[{m.article, m.sentence.start, m.sentence.end}].insert(it->second);
        }
    }
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        auto& a = g[v].articles;
        std::sort(a.begin(), a.end());
        a.erase(std::unique(a.begin(), a.end()), a.end());
    }

    std::map<std::pair<Vertex, Vertex>, Edge> edges;
    auto edgeFor = [&](Vertex a, Vertex b) {
        const auto key = std::minmax(a, b);
        auto it = edges.find(key);
        if (it != edges.end()) return it->second;
        const Edge e = boost::add_edge(key.first, key.second, g).first;
        edges.emplace(key, e);
        return e;
    };
    for (const auto& [sentence, members] : sentences) {
        for (auto i = members.begin(); i != members.end(); ++i)
            for (auto j = std::next(i); j != members.end(); ++j) {
                const Edge e = edgeFor(*i, *j);
                const ByteSpan s{std::get<1>(sentence), std::get<2>(sentence)};
                g[e].cooccurrences.push_back({std::get<0>(sentence), s, s});
            }
    }
    {
        // Self-relations (left by merges) are kept in the store but never drawn.
        sqlite::Statement st(m_db,
                             "SELECT r.source, r.target, r.type, r.label, r.negated, v.article,"
                             " v.sent_start, v.sent_end, v.src_start, v.src_end, v.tgt_start,"
                             " v.tgt_end FROM evidence v JOIN relations r ON r.id = v.relation"
                             " WHERE r.source <> r.target ORDER BY v.article, v.id");
        while (st.step()) {
            auto s = vertexOf.find(st.getInt(0));
            auto t = vertexOf.find(st.getInt(1));
            if (s == vertexOf.end() || t == vertexOf.end()) continue;
            const Edge e = edgeFor(s->second, t->second);
            RelationEvidence ev;
            ev.type = parseRelationType(st.getText(2)).value_or(RelationType::Action);
            ev.label = st.getText(3);
            ev.negated = st.getInt(4) != 0;
            ev.article = articleIndex.at(st.getInt(5));
            auto span = [&](int c) {
                return ByteSpan{static_cast<size_t>(st.getInt(c)),
                                static_cast<size_t>(st.getInt(c + 1))};
            };
            ev.sentence = span(6);
            ev.sourceMention = span(8);
            ev.targetMention = span(10);
            ev.forward = boost::source(e, g) == s->second;
            g[e].relations.push_back(std::move(ev));
        }
    }
    // The graph module's rule (co-occurring sentences plus stated relations).
    for (Edge e : boost::make_iterator_range(boost::edges(g))) g[e].recomputeWeight();
    return result;
}

// ---------------------------------------------------------------- layouts and view state

void Workspace::saveLayout(
    const std::string& name,
    const std::vector<std::pair<int64_t, std::pair<double, double>>>& positions) {
    requireWritable();
    sqlite::Transaction tx(m_db);
    sqlite::Statement del(m_db, "DELETE FROM layouts WHERE name = ?");
    del.bind(1, name).exec();
    sqlite::Statement ins(m_db, "INSERT INTO layouts(name, saved) VALUES (?, datetime('now'))");
    ins.bind(1, name).exec();
    const int64_t layout = m_db.lastInsertId();
    sqlite::Statement pos(m_db,
                          "INSERT OR REPLACE INTO layout_positions(layout, entity, x, y) "
                          "VALUES (?, ?, ?, ?)");
    for (const auto& [entity, xy] : positions) {
        pos.bind(1, layout).bind(2, entity).bind(3, xy.first).bind(4, xy.second);
        pos.exec();
    }
    tx.commit();
}

std::vector<std::pair<int64_t, std::pair<double, double>>> Workspace::loadLayout(
    const std::string& name) {
    sqlite::Statement st(m_db,
                         "SELECT p.entity, p.x, p.y FROM layout_positions p JOIN layouts l ON "
                         "l.id = p.layout WHERE l.name = ? ORDER BY p.entity");
    st.bind(1, name);
    std::vector<std::pair<int64_t, std::pair<double, double>>> out;
    while (st.step()) out.push_back({st.getInt(0), {st.getDouble(1), st.getDouble(2)}});
    return out;
}

void Workspace::setViewState(const std::string& key, const std::string& value) {
    requireWritable();
    sqlite::Statement st(m_db, "INSERT OR REPLACE INTO view_state(key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value).exec();
}

std::optional<std::string> Workspace::viewState(const std::string& key) {
    sqlite::Statement st(m_db, "SELECT value FROM view_state WHERE key = ?");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return st.getText(0);
}

}  // namespace entgraph
