#pragma once
// A workspace: one SQLite file (`.entgraph`) holding imported articles, the resolved
// entities with their aliases and mentions, relations with their evidence, layouts, view
// state and an edit log that makes every edit (imports included) undoable, also after
// closing and reopening.
//
// Safety contract
//  - Every edit is one transaction; an import commits per batch of articles, each committed
//    article complete.  A process killed at any moment leaves a file that opens and holds
//    everything committed before (WAL journal).
//  - open() first inspects the file read-only: a non-SQLite file, a SQLite file of another
//    program (application_id), a damaged file or one written by a newer entgraph is refused
//    with an Error and never modified.  An older schema is upgraded on open (read-write).
//  - Several processes may hold one workspace: readers never block, writers wait on a busy
//    timeout (BEGIN IMMEDIATE) before failing with a clear "busy" error.
//
// Thread safety: one Workspace per thread; open another for another thread.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/Article.h"
#include "core/Extraction.h"
#include "core/Progress.h"
#include "graph/EntityGraph.h"
#include "store/Sqlite.h"

namespace entgraph {

// PRAGMA application_id of every workspace: "EnGr".
inline constexpr int32_t kWorkspaceApplicationId = 0x456E4772;
// PRAGMA user_version this build writes; older files are migrated, newer refused.
inline constexpr int kWorkspaceSchemaVersion = 2;

struct WorkspaceEntity {
    int64_t id = 0;
    std::string name;
    EntityType type = EntityType::Person;
    std::string notes;
    bool hidden = false;
    bool pinned = false;
    std::vector<std::string> aliases;
    size_t mentions = 0;
};

struct ImportOptions {
    size_t batchSize = 16;                // articles extracted and committed together
    const CancelToken* cancel = nullptr;  // checked between batches; throws Cancelled
    ProgressCallback progress;            // (fraction, "N/M articles")
    // In/out, optional: when it points to a non-zero edit id, this import continues that edit,
    // so an input fed in chunks (a huge folder, streamed) is still one undo step; it receives
    // the edit's id when the import opens one.
    int64_t* edit = nullptr;
};

struct ImportStats {
    size_t articlesAdded = 0;
    size_t articlesSkipped = 0;  // content already in the workspace (or twice in the input)
    size_t entitiesNew = 0;
    size_t entitiesMerged = 0;  // extracted entities that joined an existing entity
    size_t mentions = 0;
    size_t relationsNew = 0;
    size_t evidence = 0;
};

// Extracts a batch of articles (same order, same size).  The CLI passes extractAll with the
// real Extractor; tests pass hand-made extractions.
using BatchExtractFn = std::function<std::vector<ArticleExtraction>(const std::vector<Article>&)>;

// The graph of a workspace with the entity id behind every vertex (for the GUI's edits).
struct WorkspaceGraph {
    EntityGraph graph;
    std::vector<int64_t> entityIds;   // vertex index -> entities.id
    std::vector<int64_t> articleIds;  // graph article index -> articles.id
};

struct SearchHit {
    enum class Kind { Article, Entity } kind = Kind::Article;
    int64_t id = 0;
    std::string title;    // article title (or source) / entity name
    std::string snippet;  // matched text with [brackets] around the hits
    std::string detail;   // entity type / article source
};

struct MergeSuggestion {
    int64_t a = 0, b = 0;  // entity ids; a is the suggested survivor (more mentions)
    std::string nameA, nameB;
    double score = 0.0;  // 0..1+, higher is likelier
    std::string reason;  // "same normalised name", "acronym", "name contained", ...
};

struct EditInfo {
    int64_t id = 0;
    std::string kind;  // "import", "merge", "rename", ...
    std::string description;
    bool undone = false;
};

class Workspace {
public:
    // Opens (and, with create, creates) a workspace.  See the safety contract above.
    static Workspace open(const std::string& path, bool readOnly = false, bool create = false);
    static Workspace create(const std::string& path) { return open(path, false, true); }

    Workspace(Workspace&&) noexcept = default;
    Workspace& operator=(Workspace&&) noexcept = default;
    ~Workspace();

    const std::string& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    int schemaVersion();

    // ---- import (WorkspaceImport.cpp)
    // Skips articles whose content hash is stored (or repeated in the input) before any
    // extraction; extracts the rest batch by batch and commits each batch as one transaction,
    // all under one undoable "import" edit.  An extracted entity joins an existing one of the
    // same type whose canonical name or alias equals one of its names after
    // normalizeEntityName (graph/EntityResolution.h); otherwise it becomes a new entity.
    // Unlike EntityGraph::build, no token-based merging ("Putin" into "Vladimir Putin")
    // happens here: suggestMerges() proposes those.  Malformed mentions/relations (bad
    // index or span) are dropped.  Throws Cancelled between batches, Error on failures.
    ImportStats importArticles(std::vector<Article> articles, const BatchExtractFn& extract,
                               const ImportOptions& options = {});
    // The FNV-1a based content hash that decides whether an article is already present.
    static std::string contentHash(const std::string& text);

    // ---- reading (Workspace.cpp)
    WorkspaceGraph loadGraph();
    size_t articleCount();
    size_t entityCount(bool includeHidden = true);
    size_t mentionCount();
    size_t relationCount();
    size_t evidenceCount();
    std::optional<WorkspaceEntity> entity(int64_t id);
    // By canonical name or alias, case-insensitive (ASCII); "#123" selects id 123.
    std::vector<WorkspaceEntity> findEntities(const std::string& name);
    std::vector<WorkspaceEntity> entities(bool includeHidden = true);
    // Every row of every data table in id order, one line each: two equal dumps mean two
    // equal workspaces (undo tests compare them).
    std::string dump();
    // PRAGMA integrity_check; "ok" when sound.
    std::string integrityCheck();

    // ---- search (WorkspaceSearch.cpp): FTS5 over article title/text and entity names/aliases.
    // The query is taken as words (all must match, prefix match on the last); no FTS syntax.
    std::vector<SearchHit> search(const std::string& query, size_t limit = 20);

    // ---- edits (WorkspaceEdit.cpp): each is one transaction and one undoable edit.
    // Merges `others` into `survivor`: every mention, alias, relation and evidence is kept;
    // parallel relations are combined (evidence moved); relations between the merged
    // entities become self-relations, kept with their evidence but never drawn.  The other
    // names become aliases of the survivor.
    void merge(int64_t survivor, const std::vector<int64_t>& others);
    // Moves the mentions whose text equals `alias` (case-insensitive) and the alias into a
    // new entity named `alias` of the same type, with the relations their evidence supports.
    // Returns the new entity's id.
    int64_t splitAlias(int64_t entity, const std::string& alias);
    int64_t splitMentions(int64_t entity, const std::vector<int64_t>& mentionIds,
                          const std::string& newName);
    // Renames; the old name is kept as an alias.
    void rename(int64_t entity, const std::string& newName);
    void setType(int64_t entity, EntityType type);
    void setHidden(int64_t entity, bool hidden);
    void setPinned(int64_t entity, bool pinned);
    void setNotes(int64_t entity, const std::string& notes);
    // Removes an entity with its mentions, aliases and relations (undoable).
    void remove(int64_t entity);

    // Undo/redo the latest edit; false when there is nothing to undo/redo.  A new edit
    // drops the redo history.
    std::optional<EditInfo> undo();
    std::optional<EditInfo> redo();
    std::vector<EditInfo> history();

    // ---- merge suggestions (MergeSuggestions.cpp)
    std::vector<MergeSuggestion> suggestMerges(size_t limit = 50);
    void dismissSuggestion(int64_t a, int64_t b);

    // ---- layouts and view state (not part of the edit log)
    void saveLayout(const std::string& name,
                    const std::vector<std::pair<int64_t, std::pair<double, double>>>& positions);
    std::vector<std::pair<int64_t, std::pair<double, double>>> loadLayout(const std::string& name);
    void setViewState(const std::string& key, const std::string& value);
    std::optional<std::string> viewState(const std::string& key);

    sqlite::Database& db() { return m_db; }

private:
    Workspace(sqlite::Database db, std::string path, bool readOnly);
    void requireWritable() const;
    // Edit log plumbing: begins recording row changes under a new edit (dropping the redo
    // history) or under an existing one; the caller owns the transaction.
    int64_t beginEdit(const std::string& kind, const std::string& description);
    void continueEdit(int64_t edit);
    void endEdit();
    void installRecorder();
    void applyChanges(int64_t edit, bool inverse);

    sqlite::Database m_db;
    std::string m_path;
    bool m_readOnly = false;
};

}  // namespace entgraph
