// Edits of a workspace and their undo/redo through the edit log.
//
// How undo works: while an edit runs, TEMP triggers (installed per read-write connection)
// copy every changed row of the tracked tables into edit_changes as JSON images, before and
// after.  Undo applies the before-images in reverse order; redo the after-images in order.
// Rows keep their ids, so the restored state is exactly the previous one, and because the
// log is an ordinary table it survives closing and reopening the workspace.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "core/Error.h"
#include "store/Schema.h"
#include "store/StoreUtil.h"
#include "store/Workspace.h"

namespace entgraph {

// ---------------------------------------------------------------- recorder

void Workspace::installRecorder() {
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS recording (edit INTEGER NOT NULL)");
    for (std::string_view table : schema::kTrackedTables) {
        const std::string t(table);
        std::vector<std::string> cols;
        sqlite::Statement info(m_db, "SELECT name FROM pragma_table_info('" + t + "')");
        while (info.step()) cols.push_back(info.getText(0));
        auto image = [&](const char* row) {
            std::string s = "json_object(";
            for (size_t i = 0; i < cols.size(); ++i) {
                if (i) s += ", ";
                // Text goes in as hex: article text need not be valid UTF-8, JSON must be.
                const std::string v = std::string(row) + "." + cols[i];
                s += "'" + cols[i] + "', CASE typeof(" + v + ") WHEN 'text' THEN hex(" + v +
                     ") ELSE " + v + " END";
            }
            return s + ")";
        };
        const std::string when =
            " WHEN EXISTS (SELECT 1 FROM temp.recording) BEGIN "
            "INSERT INTO edit_changes(edit, tbl, old, new) VALUES "
            "((SELECT edit FROM temp.recording), '" +
            t + "', ";
        m_db.exec("CREATE TEMP TRIGGER IF NOT EXISTS rec_" + t + "_i AFTER INSERT ON main." + t +
                  when + "NULL, " + image("NEW") + "); END");
        m_db.exec("CREATE TEMP TRIGGER IF NOT EXISTS rec_" + t + "_u AFTER UPDATE ON main." + t +
                  when + image("OLD") + ", " + image("NEW") + "); END");
        m_db.exec("CREATE TEMP TRIGGER IF NOT EXISTS rec_" + t + "_d AFTER DELETE ON main." + t +
                  when + image("OLD") + ", NULL); END");
    }
}

int64_t Workspace::beginEdit(const std::string& kind, const std::string& description) {
    requireWritable();
    // A new edit ends the redo history.
    m_db.exec("DELETE FROM edits WHERE undone = 1");
    sqlite::Statement st(m_db,
                         "INSERT INTO edits(kind, description, created) VALUES (?, ?, "
                         "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    st.bind(1, kind).bind(2, description).exec();
    const int64_t id = m_db.lastInsertId();
    continueEdit(id);
    return id;
}

void Workspace::continueEdit(int64_t edit) {
    m_db.exec("DELETE FROM temp.recording");
    m_db.exec("INSERT INTO temp.recording VALUES (" + std::to_string(edit) + ")");
}

void Workspace::endEdit() {
    m_db.exec("DELETE FROM temp.recording");
}

namespace {

// Stops recording when an edit leaves its scope, also by an exception.
struct RecordingScope {
    sqlite::Database& db;
    ~RecordingScope() {
        sqlite3_exec(db.handle(), "DELETE FROM temp.recording", nullptr, nullptr, nullptr);
    }
};

// Text values in the edit log are hex (see installRecorder).
std::string fromHex(const std::string& hex) {
    auto nibble = [&](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        throw Error("damaged edit log: '" + hex.substr(0, 16) + "' is not hex text");
    };
    if (hex.size() % 2) throw Error("damaged edit log: odd-length hex text");
    std::string out(hex.size() / 2, '\0');
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<char>(nibble(hex[2 * i]) * 16 + nibble(hex[2 * i + 1]));
    return out;
}

void bindJson(sqlite::Statement& st, int index, const nlohmann::json& v) {
    if (v.is_null())
        st.bindNull(index);
    else if (v.is_number_integer())
        st.bind(index, v.get<int64_t>());
    else if (v.is_number())
        st.bind(index, v.get<double>());
    else if (v.is_string())
        st.bind(index, fromHex(v.get<std::string>()));
    else
        throw Error("edit log holds an unexpected value: " + v.dump());
}

}  // namespace

void Workspace::applyChanges(int64_t edit, bool inverse) {
    sqlite::Statement st(m_db, std::string("SELECT tbl, old, new FROM edit_changes WHERE edit = ? "
                                           "ORDER BY id ") +
                                   (inverse ? "DESC" : "ASC"));
    st.bind(1, edit);
    std::map<std::string, sqlite::Statement> cache;
    while (st.step()) {
        const std::string table = st.getText(0);
        if (std::find(std::begin(schema::kTrackedTables), std::end(schema::kTrackedTables),
                      table) == std::end(schema::kTrackedTables))
            throw Error("workspace '" + m_path + "' has a damaged edit log (table " + table + ")");
        const bool hasOld = !st.isNull(1), hasNew = !st.isNull(2);
        const bool hasFrom = inverse ? hasNew : hasOld;
        const bool hasTo = inverse ? hasOld : hasNew;
        nlohmann::json from, to;
        try {
            if (hasFrom) from = nlohmann::json::parse(st.getText(inverse ? 2 : 1));
            if (hasTo) to = nlohmann::json::parse(st.getText(inverse ? 1 : 2));
        } catch (const nlohmann::json::exception& e) {
            throw Error("workspace '" + m_path + "' has a damaged edit log: " + e.what());
        }
        const nlohmann::json& row = hasTo ? to : from;
        std::vector<std::string> cols;
        for (const auto& item : row.items()) cols.push_back(item.key());

        if (!hasTo) {  // undo an insert / redo a delete
            auto& del =
                cache.try_emplace("d" + table, m_db, "DELETE FROM " + table + " WHERE id = ?")
                    .first->second;
            bindJson(del, 1, from.at("id"));
            del.exec();
            continue;
        }
        std::string sql;
        if (!hasFrom) {
            sql = "INSERT INTO " + table + "(";
            for (size_t i = 0; i < cols.size(); ++i) sql += (i ? ", " : "") + cols[i];
            sql += ") VALUES (";
            for (size_t i = 0; i < cols.size(); ++i) sql += i ? ", ?" : "?";
            sql += ")";
        } else {
            sql = "UPDATE " + table + " SET ";
            for (size_t i = 0; i < cols.size(); ++i) sql += (i ? ", " : "") + cols[i] + " = ?";
            sql += " WHERE id = ?";
        }
        auto& op = cache.try_emplace((hasFrom ? "u" : "i") + table, m_db, sql).first->second;
        int index = 1;
        for (const auto& c : cols) bindJson(op, index++, to.at(c));
        if (hasFrom) bindJson(op, index, from.at("id"));
        op.exec();
    }
}

std::optional<EditInfo> Workspace::undo() {
    requireWritable();
    sqlite::Transaction tx(m_db);
    sqlite::Statement st(m_db,
                         "SELECT id, kind, description FROM edits WHERE undone = 0 ORDER BY id "
                         "DESC LIMIT 1");
    if (!st.step()) return std::nullopt;
    EditInfo info{st.getInt(0), st.getText(1), st.getText(2), true};
    st.reset();
    m_db.exec("PRAGMA defer_foreign_keys = ON");
    applyChanges(info.id, true);
    m_db.exec("UPDATE edits SET undone = 1 WHERE id = " + std::to_string(info.id));
    tx.commit();
    return info;
}

std::optional<EditInfo> Workspace::redo() {
    requireWritable();
    sqlite::Transaction tx(m_db);
    sqlite::Statement st(m_db,
                         "SELECT id, kind, description FROM edits WHERE undone = 1 ORDER BY id "
                         "ASC LIMIT 1");
    if (!st.step()) return std::nullopt;
    EditInfo info{st.getInt(0), st.getText(1), st.getText(2), false};
    st.reset();
    m_db.exec("PRAGMA defer_foreign_keys = ON");
    applyChanges(info.id, false);
    m_db.exec("UPDATE edits SET undone = 0 WHERE id = " + std::to_string(info.id));
    tx.commit();
    return info;
}

std::vector<EditInfo> Workspace::history() {
    sqlite::Statement st(m_db, "SELECT id, kind, description, undone FROM edits ORDER BY id");
    std::vector<EditInfo> out;
    while (st.step())
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getInt(3) != 0});
    return out;
}

// ---------------------------------------------------------------- edits

namespace {

WorkspaceEntity mustGet(Workspace& ws, int64_t id) {
    auto e = ws.entity(id);
    if (!e) throw Error("no entity #" + std::to_string(id) + " in workspace '" + ws.path() + "'");
    return *e;
}

// The id of the relation with this key, created when missing.
int64_t findOrCreateRelation(sqlite::Database& db, int64_t source, int64_t target,
                             const std::string& type, const std::string& label, int64_t negated) {
    sqlite::Statement find(db,
                           "SELECT id FROM relations WHERE source = ? AND target = ? AND type = ? "
                           "AND label = ? AND negated = ?");
    find.bind(1, source).bind(2, target).bind(3, type).bind(4, label).bind(5, negated);
    if (find.step()) return find.getInt(0);
    sqlite::Statement ins(db,
                          "INSERT INTO relations(source, target, type, label, negated) VALUES "
                          "(?, ?, ?, ?, ?)");
    ins.bind(1, source).bind(2, target).bind(3, type).bind(4, label).bind(5, negated).exec();
    return db.lastInsertId();
}

struct RelationRow {
    int64_t id, source, target;
    std::string type, label;
    int64_t negated;
};

std::vector<RelationRow> relationsOf(sqlite::Database& db, int64_t entity) {
    sqlite::Statement st(db,
                         "SELECT id, source, target, type, label, negated FROM relations WHERE "
                         "source = ?1 OR target = ?1 ORDER BY id");
    st.bind(1, entity);
    std::vector<RelationRow> out;
    while (st.step())
        out.push_back(
            {st.getInt(0), st.getInt(1), st.getInt(2), st.getText(3), st.getText(4), st.getInt(5)});
    return out;
}

void insertAlias(sqlite::Database& db, int64_t entity, const std::string& alias) {
    sqlite::Statement st(db, "INSERT INTO aliases(entity, alias) VALUES (?, ?)");
    st.bind(1, entity).bind(2, alias).exec();
}

}  // namespace

void Workspace::merge(int64_t survivor, const std::vector<int64_t>& others) {
    requireWritable();
    const WorkspaceEntity keep = mustGet(*this, survivor);
    std::vector<WorkspaceEntity> gone;
    std::set<int64_t> seen{survivor};
    for (int64_t o : others) {
        if (!seen.insert(o).second)
            throw Error("cannot merge entity #" + std::to_string(o) + " twice or into itself");
        gone.push_back(mustGet(*this, o));
    }
    if (gone.empty()) throw Error("merge needs at least two entities");

    std::string description = "merge";
    for (const auto& g : gone) description += " '" + g.name + "'";
    description += " into '" + keep.name + "'";

    sqlite::Transaction tx(m_db);
    beginEdit("merge", description);
    RecordingScope scope{m_db};

    std::set<std::string> names{store::foldKey(keep.name)};
    for (const auto& a : keep.aliases) names.insert(store::foldKey(a));
    std::string notes = keep.notes;
    bool pinned = keep.pinned;

    for (const auto& o : gone) {
        {
            sqlite::Statement al(m_db,
                                 "SELECT id, alias FROM aliases WHERE entity = ? ORDER BY id");
            al.bind(1, o.id);
            std::vector<std::pair<int64_t, std::string>> rows;
            while (al.step()) rows.push_back({al.getInt(0), al.getText(1)});
            for (const auto& [id, alias] : rows) {
                if (names.insert(store::foldKey(alias)).second) {
                    sqlite::Statement up(m_db, "UPDATE aliases SET entity = ? WHERE id = ?");
                    up.bind(1, survivor).bind(2, id).exec();
                } else {
                    sqlite::Statement del(m_db, "DELETE FROM aliases WHERE id = ?");
                    del.bind(1, id).exec();
                }
            }
        }
        if (names.insert(store::foldKey(o.name)).second) insertAlias(m_db, survivor, o.name);

        sqlite::Statement mentions(m_db, "UPDATE mentions SET entity = ? WHERE entity = ?");
        mentions.bind(1, survivor).bind(2, o.id).exec();

        // Repoint relations; a relation that now equals an existing one hands over its
        // evidence and goes.  A relation between survivor and o becomes a self-relation.
        for (const auto& r : relationsOf(m_db, o.id)) {
            const int64_t s = r.source == o.id ? survivor : r.source;
            const int64_t t = r.target == o.id ? survivor : r.target;
            sqlite::Statement find(m_db,
                                   "SELECT id FROM relations WHERE source = ? AND target = ? AND "
                                   "type = ? AND label = ? AND negated = ? AND id <> ?");
            find.bind(1, s)
                .bind(2, t)
                .bind(3, r.type)
                .bind(4, r.label)
                .bind(5, r.negated)
                .bind(6, r.id);
            if (find.step()) {
                const int64_t existing = find.getInt(0);
                sqlite::Statement mv(m_db, "UPDATE evidence SET relation = ? WHERE relation = ?");
                mv.bind(1, existing).bind(2, r.id).exec();
                sqlite::Statement del(m_db, "DELETE FROM relations WHERE id = ?");
                del.bind(1, r.id).exec();
            } else {
                sqlite::Statement up(m_db,
                                     "UPDATE relations SET source = ?, target = ? WHERE id = ?");
                up.bind(1, s).bind(2, t).bind(3, r.id).exec();
            }
        }
        if (!o.notes.empty()) notes += (notes.empty() ? "" : "\n\n") + o.notes;
        pinned = pinned || o.pinned;
        sqlite::Statement del(m_db, "DELETE FROM entities WHERE id = ?");
        del.bind(1, o.id).exec();
    }
    if (notes != keep.notes || pinned != keep.pinned) {
        sqlite::Statement up(m_db, "UPDATE entities SET notes = ?, pinned = ? WHERE id = ?");
        up.bind(1, notes).bind(2, pinned ? 1 : 0).bind(3, survivor).exec();
    }
    tx.commit();
}

int64_t Workspace::splitAlias(int64_t entityId, const std::string& alias) {
    const WorkspaceEntity e = mustGet(*this, entityId);
    const std::string key = store::foldKey(alias);
    if (key.empty()) throw Error("the alias to split off is empty");
    if (key == store::foldKey(e.name))
        throw Error("'" + alias + "' is the canonical name of '" + e.name +
                    "': rename it first or split another alias");
    std::string spelling;
    for (const auto& a : e.aliases)
        if (store::foldKey(a) == key) spelling = a;
    std::vector<int64_t> ids;
    sqlite::Statement st(m_db, "SELECT id, text FROM mentions WHERE entity = ? ORDER BY id");
    st.bind(1, entityId);
    while (st.step())
        if (store::foldKey(st.getText(1)) == key) {
            ids.push_back(st.getInt(0));
            if (spelling.empty()) spelling = st.getText(1);
        }
    if (spelling.empty()) throw Error("'" + e.name + "' has no alias or mention '" + alias + "'");
    return splitMentions(entityId, ids, spelling);
}

int64_t Workspace::splitMentions(int64_t entityId, const std::vector<int64_t>& mentionIds,
                                 const std::string& newName) {
    requireWritable();
    const WorkspaceEntity e = mustGet(*this, entityId);
    if (store::foldKey(newName).empty()) throw Error("the new entity needs a name");
    std::set<std::tuple<int64_t, int64_t, int64_t>> moved;  // (article, start, end)
    {
        sqlite::Statement st(m_db, "SELECT entity, article, start, end FROM mentions WHERE id = ?");
        for (int64_t id : mentionIds) {
            st.bind(1, id);
            if (!st.step() || st.getInt(0) != entityId)
                throw Error("mention #" + std::to_string(id) + " is not a mention of '" + e.name +
                            "'");
            moved.insert({st.getInt(1), st.getInt(2), st.getInt(3)});
            st.reset();
        }
    }

    sqlite::Transaction tx(m_db);
    beginEdit("split", "split '" + newName + "' off '" + e.name + "'");
    RecordingScope scope{m_db};

    sqlite::Statement ins(m_db, "INSERT INTO entities(name, type) VALUES (?, ?)");
    ins.bind(1, newName).bind(2, entityTypeName(e.type)).exec();
    const int64_t fresh = m_db.lastInsertId();
    {
        sqlite::Statement al(m_db, "SELECT id, alias FROM aliases WHERE entity = ?");
        al.bind(1, entityId);
        std::vector<int64_t> drop;
        while (al.step())
            if (store::foldKey(al.getText(1)) == store::foldKey(newName))
                drop.push_back(al.getInt(0));
        for (int64_t id : drop) {
            sqlite::Statement del(m_db, "DELETE FROM aliases WHERE id = ?");
            del.bind(1, id).exec();
        }
    }
    {
        sqlite::Statement up(m_db, "UPDATE mentions SET entity = ? WHERE id = ?");
        for (int64_t id : mentionIds) {
            up.bind(1, fresh).bind(2, id);
            up.exec();
        }
    }
    // Evidence follows the mentions it names.
    for (const auto& r : relationsOf(m_db, entityId)) {
        sqlite::Statement ev(m_db,
                             "SELECT id, article, src_start, src_end, tgt_start, tgt_end FROM "
                             "evidence WHERE relation = ? ORDER BY id");
        ev.bind(1, r.id);
        struct Row {
            int64_t id, article, ss, se, ts, te;
        };
        std::vector<Row> rows;
        while (ev.step())
            rows.push_back({ev.getInt(0), ev.getInt(1), ev.getInt(2), ev.getInt(3), ev.getInt(4),
                            ev.getInt(5)});
        size_t left = rows.size();
        for (const auto& row : rows) {
            const bool srcMoved =
                r.source == entityId && moved.count({row.article, row.ss, row.se});
            const bool tgtMoved =
                r.target == entityId && moved.count({row.article, row.ts, row.te});
            if (!srcMoved && !tgtMoved) continue;
            const int64_t rel =
                findOrCreateRelation(m_db, srcMoved ? fresh : r.source, tgtMoved ? fresh : r.target,
                                     r.type, r.label, r.negated);
            sqlite::Statement mv(m_db, "UPDATE evidence SET relation = ? WHERE id = ?");
            mv.bind(1, rel).bind(2, row.id).exec();
            --left;
        }
        if (!rows.empty() && left == 0) {
            sqlite::Statement del(m_db, "DELETE FROM relations WHERE id = ?");
            del.bind(1, r.id).exec();
        }
    }
    tx.commit();
    return fresh;
}

void Workspace::rename(int64_t entityId, const std::string& newName) {
    requireWritable();
    const WorkspaceEntity e = mustGet(*this, entityId);
    const std::string key = store::foldKey(newName);
    if (key.empty()) throw Error("the new name is empty");
    sqlite::Transaction tx(m_db);
    beginEdit("rename", "rename '" + e.name + "' to '" + newName + "'");
    RecordingScope scope{m_db};
    sqlite::Statement al(m_db, "SELECT id, alias FROM aliases WHERE entity = ?");
    al.bind(1, entityId);
    std::vector<int64_t> drop;
    bool oldKnown = store::foldKey(e.name) == key;
    while (al.step()) {
        const std::string a = store::foldKey(al.getText(1));
        if (a == key) drop.push_back(al.getInt(0));
        if (a == store::foldKey(e.name)) oldKnown = true;
    }
    for (int64_t id : drop) {
        sqlite::Statement del(m_db, "DELETE FROM aliases WHERE id = ?");
        del.bind(1, id).exec();
    }
    if (!oldKnown) insertAlias(m_db, entityId, e.name);  // the old name still finds it
    sqlite::Statement up(m_db, "UPDATE entities SET name = ? WHERE id = ?");
    up.bind(1, newName).bind(2, entityId).exec();
    tx.commit();
}

// One UPDATE of one entity column as one undoable edit (uses `e` for the description).
#define ENTGRAPH_SET_COLUMN(COLUMN, VALUE, KIND, DESCRIPTION)                          \
    do {                                                                               \
        requireWritable();                                                             \
        const WorkspaceEntity e = mustGet(*this, entityId);                            \
        sqlite::Transaction tx(m_db);                                                  \
        beginEdit(KIND, DESCRIPTION);                                                  \
        RecordingScope scope{m_db};                                                    \
        sqlite::Statement up(m_db, "UPDATE entities SET " COLUMN " = ? WHERE id = ?"); \
        up.bind(1, VALUE).bind(2, entityId).exec();                                    \
        tx.commit();                                                                   \
    } while (0)

void Workspace::setType(int64_t entityId, EntityType type) {
    ENTGRAPH_SET_COLUMN("type", entityTypeName(type), "retype",
                        "change type of '" + e.name + "' to " + std::string(entityTypeName(type)));
}
void Workspace::setHidden(int64_t entityId, bool hidden) {
    ENTGRAPH_SET_COLUMN("hidden", hidden ? 1 : 0, hidden ? "hide" : "show",
                        (hidden ? "hide '" : "show '") + e.name + "'");
}
void Workspace::setPinned(int64_t entityId, bool pinned) {
    ENTGRAPH_SET_COLUMN("pinned", pinned ? 1 : 0, pinned ? "pin" : "unpin",
                        (pinned ? "pin '" : "unpin '") + e.name + "'");
}
void Workspace::setNotes(int64_t entityId, const std::string& notes) {
    ENTGRAPH_SET_COLUMN("notes", notes, "notes", "edit notes of '" + e.name + "'");
}
#undef ENTGRAPH_SET_COLUMN

void Workspace::remove(int64_t entityId) {
    requireWritable();
    const WorkspaceEntity e = mustGet(*this, entityId);
    sqlite::Transaction tx(m_db);
    beginEdit("delete", "delete '" + e.name + "'");
    RecordingScope scope{m_db};
    for (const char* sql :
         {"DELETE FROM evidence WHERE relation IN (SELECT id FROM relations WHERE source = ?1 OR "
          "target = ?1)",
          "DELETE FROM relations WHERE source = ?1 OR target = ?1",
          "DELETE FROM mentions WHERE entity = ?1", "DELETE FROM aliases WHERE entity = ?1",
          "DELETE FROM entities WHERE id = ?1"}) {
        sqlite::Statement st(m_db, sql);
        st.bind(1, entityId).exec();
    }
    tx.commit();
}

}  // namespace entgraph
