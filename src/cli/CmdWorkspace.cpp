// The workspace commands: import, search, merge, rename, split, retype, hide, undo, redo,
// suggest, dismiss, history.  Each is a thin layer over store/Workspace.h; errors from the
// workspace (missing, damaged, foreign or newer file; unknown or ambiguous entity) are
// entgraph::Error and reach main(), which prints them and exits 1.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "cli/GraphInput.h"
#include "core/Error.h"
#include "extract/BatchExtract.h"
#include "extract/Extractor.h"
#include "ingest/Ingest.h"
#include "store/Workspace.h"

namespace entgraph::cli {

namespace {

struct WorkspaceArgs {
    std::string workspace;
    std::vector<std::string> words;  // positional arguments
    std::vector<std::string> paths;
    unsigned threads = 0;
    size_t batch = 32;
    size_t limit = 20;
    bool show = false;
};

CLI::Option* addWorkspaceOption(CLI::App* cmd, WorkspaceArgs& args) {
    return cmd->add_option("-w,--workspace", args.workspace, "The workspace file (.entgraph)")
        ->required();
}

// Exactly one entity for a name, alias or "#ID"; otherwise an Error that lists the choices.
WorkspaceEntity resolveEntity(Workspace& ws, const std::string& name) {
    const auto found = ws.findEntities(name);
    if (found.empty())
        throw Error("no entity named '" + name + "' in workspace '" + ws.path() +
                    "' (try `entgraph search -w " + ws.path() + " " + name + "`)");
    if (found.size() > 1) {
        std::string msg = "'" + name + "' is ambiguous in workspace '" + ws.path() + "':";
        for (const auto& e : found)
            msg += " #" + std::to_string(e.id) + " " + e.name + " (" +
                   std::string(entityTypeName(e.type)) + ");";
        msg += " name one by its #ID";
        throw Error(msg);
    }
    return found[0];
}

std::string label(const WorkspaceEntity& e) {
    return "'" + e.name + "' (#" + std::to_string(e.id) + ", " +
           std::string(entityTypeName(e.type)) + ")";
}

// Streams the inputs in chunks so a huge folder is never held in memory whole; all chunks
// are one "import" edit (one undo step).
void runImport(const WorkspaceArgs& args, int& exitCode) {
    constexpr size_t kChunk = 256;
    std::error_code ec;
    const bool created = !std::filesystem::exists(args.workspace, ec);
    std::optional<Workspace> ws(Workspace::open(args.workspace, false, true));

    const Extractor extractor;
    BatchOptions batch;
    batch.threads = args.threads;
    const BatchExtractFn extract = [&](const std::vector<Article>& b) {
        return extractAll(extractor, b, batch);
    };
    int64_t edit = 0;
    ImportStats total;
    size_t read = 0;
    ImportOptions options;
    options.batchSize = args.batch;
    options.edit = &edit;
    options.progress = [&](double, const std::string& what) {
        std::fprintf(stderr, "\rentgraph: imported %zu article(s)",
                     total.articlesAdded + std::stoul(what));
        std::fflush(stderr);
    };
    std::vector<Article> chunk;
    auto flush = [&] {
        if (chunk.empty()) return;
        const ImportStats st = ws->importArticles(std::move(chunk), extract, options);
        chunk.clear();
        total.articlesAdded += st.articlesAdded;
        total.articlesSkipped += st.articlesSkipped;
        total.entitiesNew += st.entitiesNew;
        total.entitiesMerged += st.entitiesMerged;
        total.mentions += st.mentions;
        total.relationsNew += st.relationsNew;
        total.evidence += st.evidence;
    };
    const IngestReport report = forEachArticle(args.paths, [&](Article&& a) {
        chunk.push_back(std::move(a));
        ++read;
        if (chunk.size() >= kChunk) flush();
    });
    flush();
    if (total.articlesAdded > 0) std::fprintf(stderr, "\n");
    for (const auto& w : report.warnings)
        std::fprintf(stderr, "entgraph: warning: %s\n", w.c_str());
    for (const auto& e : report.errors) std::fprintf(stderr, "entgraph: %s\n", e.c_str());
    if (read == 0) {
        std::fprintf(stderr, "entgraph: no article could be read\n");
        if (created) {  // leave no empty workspace behind: it was made by this command
            ws.reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                std::filesystem::remove(args.workspace + suffix, ec);
        }
        exitCode = 1;
        return;
    }
    std::printf("%s: %zu of %zu article(s) added, %zu skipped (already in the workspace)\n",
                args.workspace.c_str(), total.articlesAdded, read, total.articlesSkipped);
    std::printf("entities: %zu new, %zu merged into existing ones; %zu mention(s)\n",
                total.entitiesNew, total.entitiesMerged, total.mentions);
    std::printf("relations: %zu new, %zu evidence sentence(s)\n", total.relationsNew,
                total.evidence);
    std::printf("workspace now holds %zu article(s), %zu entities, %zu relations\n",
                ws->articleCount(), ws->entityCount(), ws->relationCount());
    exitCode = 0;
}

void runSearch(const WorkspaceArgs& args, int& exitCode) {
    Workspace ws = Workspace::open(args.workspace, true);
    std::string query;
    for (const auto& w : args.words) query += (query.empty() ? "" : " ") + w;
    const auto hits = ws.search(query, args.limit);
    for (const auto& h : hits) {
        if (h.kind == SearchHit::Kind::Entity)
            std::printf("entity   #%lld %s (%s): %s\n", static_cast<long long>(h.id),
                        h.title.c_str(), h.detail.c_str(), h.snippet.c_str());
        else
            std::printf("article  #%lld %s [%s]: %s\n", static_cast<long long>(h.id),
                        h.title.c_str(), h.detail.c_str(), h.snippet.c_str());
    }
    if (hits.empty()) std::fprintf(stderr, "entgraph: nothing matches '%s'\n", query.c_str());
    exitCode = hits.empty() ? 1 : 0;
}

}  // namespace

void addWorkspaceCommands(CLI::App& app, int& exitCode) {
    auto args = std::make_shared<WorkspaceArgs>();

    auto* import =
        app.add_subcommand("import", "Import articles into a workspace (created if missing)");
    addWorkspaceOption(import, *args);
    import->add_option("paths", args->paths, "Article files or folders")->required();
    import->add_option("-j,--threads", args->threads, "Extraction threads (default: all cores)");
    import->add_option("--batch", args->batch, "Articles per committed batch (default 32)")
        ->check(CLI::PositiveNumber);
    import->final_callback([args, &exitCode] { runImport(*args, exitCode);
});

auto* search =
    app.add_subcommand("search", "Full-text search over a workspace's articles and entities");
addWorkspaceOption(search, *args);
search->add_option("query", args->words, "Words to find (all must match)")->required();
search->add_option("-n,--limit", args->limit, "Hits per kind (default 20)");
search->final_callback([args, &exitCode] { runSearch(*args, exitCode); });

auto* merge = app.add_subcommand("merge", "Merge entities into the first one named");
addWorkspaceOption(merge, *args);
merge->add_option("names", args->words, "SURVIVOR OTHER... (names, aliases or #ID)")
    ->required()
    ->expected(2, -1);
merge->final_callback([args, &exitCode] {
    Workspace ws = Workspace::open(args->workspace);
    const WorkspaceEntity survivor = resolveEntity(ws, args->words[0]);
    std::vector<int64_t> others;
    std::string names;
    for (size_t i = 1; i < args->words.size(); ++i) {
        const WorkspaceEntity e = resolveEntity(ws, args->words[i]);
        if (e.id == survivor.id || std::find(others.begin(), others.end(), e.id) != others.end())
            throw Error("'" + args->words[i] + "' names " + label(e) +
                        ", which is already part of this merge");
        others.push_back(e.id);
        names += (names.empty() ? "" : ", ") + label(e);
    }
    ws.merge(survivor.id, others);
    std::printf("merged %s into %s\n", names.c_str(), label(survivor).c_str());
    exitCode = 0;
});

auto* rename = app.add_subcommand("rename", "Rename an entity (the old name stays an alias)");
addWorkspaceOption(rename, *args);
rename->add_option("names", args->words, "NAME NEW_NAME")->required()->expected(2);
rename->final_callback([args, &exitCode] {
    Workspace ws = Workspace::open(args->workspace);
    const WorkspaceEntity e = resolveEntity(ws, args->words[0]);
    ws.rename(e.id, args->words[1]);
    std::printf("renamed %s to '%s'\n", label(e).c_str(), args->words[1].c_str());
    exitCode = 0;
});

auto* split =
    app.add_subcommand("split", "Split an alias (and its mentions) off into its own entity");
addWorkspaceOption(split, *args);
split->add_option("names", args->words, "NAME ALIAS")->required()->expected(2);
split->final_callback([args, &exitCode] {
    Workspace ws = Workspace::open(args->workspace);
    const WorkspaceEntity e = resolveEntity(ws, args->words[0]);
    const int64_t id = ws.splitAlias(e.id, args->words[1]);
    std::printf("split %s off %s\n", label(*ws.entity(id)).c_str(), label(e).c_str());
    exitCode = 0;
});

auto* retype = app.add_subcommand("retype", "Change an entity's type");
addWorkspaceOption(retype, *args);
retype->add_option("names", args->words, "NAME TYPE (PERSON, ORGANIZATION, LOCATION...)")
    ->required()
    ->expected(2);
retype->final_callback([args, &exitCode] {
    const auto type = parseEntityType(args->words[1]);
    if (!type) throw Error("unknown entity type '" + args->words[1] + "'");
    Workspace ws = Workspace::open(args->workspace);
    const WorkspaceEntity e = resolveEntity(ws, args->words[0]);
    ws.setType(e.id, *type);
    std::printf("%s is now %s\n", label(e).c_str(), std::string(entityTypeName(*type)).c_str());
    exitCode = 0;
});

auto* hide = app.add_subcommand("hide", "Hide an entity from the graph (--show to bring it back)");
addWorkspaceOption(hide, *args);
hide->add_option("name", args->words, "NAME")->required()->expected(1);
hide->add_flag("--show", args->show, "Show it again");
hide->final_callback([args, &exitCode] {
    Workspace ws = Workspace::open(args->workspace);
    const WorkspaceEntity e = resolveEntity(ws, args->words[0]);
    ws.setHidden(e.id, !args->show);
    std::printf("%s %s\n", args->show ? "showing" : "hid", label(e).c_str());
    exitCode = 0;
});

for (const bool isUndo : {true, false}) {
    auto* cmd =
        app.add_subcommand(isUndo ? "undo" : "redo", isUndo ? "Undo the latest edit or import"
                                                            : "Redo the latest undone edit");
    addWorkspaceOption(cmd, *args);
    cmd->final_callback([args, isUndo, &exitCode] {
        Workspace ws = Workspace::open(args->workspace);
        const auto done = isUndo ? ws.undo() : ws.redo();
        if (!done) {
            std::fprintf(stderr, "entgraph: nothing to %s\n", isUndo ? "undo" : "redo");
            exitCode = 1;
            return;
        }
        std::printf("%s: %s\n", isUndo ? "undid" : "redid", done->description.c_str());
        exitCode = 0;
    });
}

auto* history = app.add_subcommand("history", "List the edits of a workspace (undone ones marked)");
addWorkspaceOption(history, *args);
history->final_callback([args, &exitCode] {
    Workspace ws = Workspace::open(args->workspace, true);
    for (const auto& e : ws.history())
        std::printf("%5lld %s%s\n", static_cast<long long>(e.id), e.description.c_str(),
                    e.undone ? "  (undone)" : "");
    exitCode = 0;
});

auto* suggest = app.add_subcommand("suggest", "List likely duplicate entities to merge");
addWorkspaceOption(suggest, *args);
suggest->add_option("-n,--limit", args->limit, "How many (default 20)");
suggest->final_callback([args, &exitCode] {
    Workspace ws = Workspace::open(args->workspace, true);
    const auto list = ws.suggestMerges(args->limit);
    for (const auto& s : list)
        std::printf("%.2f  #%lld %s  <-  #%lld %s  (%s)\n", s.score, static_cast<long long>(s.a),
                    s.nameA.c_str(), static_cast<long long>(s.b), s.nameB.c_str(),
                    s.reason.c_str());
    if (list.empty()) std::fprintf(stderr, "entgraph: no likely duplicates\n");
    exitCode = 0;
});

auto* dismiss = app.add_subcommand("dismiss", "Stop suggesting that two entities be merged");
addWorkspaceOption(dismiss, *args);
dismiss->add_option("names", args->words, "NAME NAME")->required()->expected(2);
dismiss->final_callback([args, &exitCode] {
    Workspace ws = Workspace::open(args->workspace);
    const WorkspaceEntity a = resolveEntity(ws, args->words[0]);
    const WorkspaceEntity b = resolveEntity(ws, args->words[1]);
    ws.dismissSuggestion(a.id, b.id);
    std::printf("will not suggest merging %s and %s again\n", label(a).c_str(), label(b).c_str());
    exitCode = 0;
});
}  // namespace entgraph::cli

}  // namespace entgraph::cli
