#pragma once
// The explorer's panels.  Each is a small class with its own UI state and a draw(App&)
// defined in its own file (CanvasView.cpp, EntitiesPanel.cpp, ...); the App owns one of
// each and dispatches them with `if (show) draw()`.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/ByteSpan.h"
#include "layout/GraphAttributes.h"

struct ImFont;
struct ImDrawList;

namespace entgraph::gui {

class App;
class Scene;
struct Camera;

// A label the canvas draws: the node, the text's top-left corner (view pixels), dimmed or
// not.  Placed by CanvasView::placeLabels for the screen and, scaled, for PNG snapshots.
struct PlacedLabel {
    uint32_t node = 0;
    float x = 0, y = 0;
    bool dim = false;
};

// Mouse interaction on the canvas (pan, zoom, pick, select, drag-to-pin, expand) and
// the labels, tooltips and overlays drawn over it through ImGui.
class CanvasView {
public:
    void draw(App& app);
    std::optional<size_t> hovered() const { return m_hovered; }
    size_t labelsDrawn() const { return m_labelsDrawn; }
    // Nearest visible node under a screen point, within its drawn radius (+ slack).
    static std::optional<size_t> pick(App& app, double sx, double sy);
    static std::optional<size_t> pickEdge(App& app, double sx, double sy);
    // Level-of-detail label placement for a view of cam.width x cam.height pixels: the
    // selection, its neighbours, the path and the hovered node always; then by importance
    // while nodes are big enough, never over another label or a node's circle at least as
    // important as the label's own.
    // Text is measured with `font` at `fontSize`; every other distance is scaled by
    // `scale` (1 on screen; a snapshot scales them all, so it places the same labels).
    // Only the selection's labels may go outside `visible` (left, top, right, bottom in
    // view pixels; on screen: the part no side panel covers; null: the whole view).
    std::vector<PlacedLabel> placeLabels(App& app, const Camera& cam, const ImFont* font,
                                         float fontSize, float scale,
                                         const std::array<double, 4>* visible = nullptr);
    // The labels of the last frame (drawn on screen).
    const std::vector<PlacedLabel>& labels() const { return m_labels; }

private:
    void drawLabels(App& app);
    std::vector<PlacedLabel> m_labels;
    std::vector<uint32_t> m_nodeStamp, m_nodeOwner;  // circles in the placement grid
    std::vector<uint32_t> m_labelled;                // per node: stamp of its last label
    std::optional<size_t> m_hovered;
    std::optional<size_t> m_pressNode;
    bool m_pressOnCanvas = false;
    bool m_dragging = false;
    size_t m_labelsDrawn = 0;
    std::vector<uint32_t> m_gridStamp;  // label placement grid, stamped per frame
    uint32_t m_stamp = 0;
};

// Draws placed labels (text over a shadow offset by `scale` pixels) in the theme's
// colours with `font` at `fontSize`, all into one draw list.
void drawLabelList(App& app, ImDrawList& dl, const std::vector<PlacedLabel>& labels,
                   const ImFont* font, float fontSize, float scale);

class EntitiesPanel {
public:
    void draw(App& app);

private:
    std::string m_text;
    int m_type = -1;  // -1: all types
    std::vector<uint32_t> m_rows;
    uint64_t m_builtFor = 0;
    int m_sortColumn = 2;
    bool m_sortAscending = false;
    std::string m_builtText;
    int m_builtType = -2;
    const void* m_builtScene = nullptr;
};

class InspectorPanel {
public:
    void draw(App& app);
    void drawWorkspaceEdits(App& app, size_t i);  // part of the node view

private:
    // The edit fields follow the selected entity; reset when it changes.
    int64_t m_editingEntity = -1;
    const void* m_editingScene = nullptr;
    std::string m_name, m_notes;
    std::vector<std::string> m_aliases;  // of the entity being edited, from the workspace
    std::vector<std::string> m_history;  // edits naming the entity, newest first
    // Entities hidden in the workspace (listed with "Show" while nothing is selected).
    const void* m_hiddenFor = nullptr;
    uint64_t m_hiddenForScene = 0;  // Scene::instanceId() the list was read for
    std::vector<std::pair<int64_t, std::string>> m_hidden;
};

// Merge suggestions of the open workspace: each pair with score and reason, Accept / Dismiss.
class SuggestionsPanel {
public:
    void draw(App& app);
};

// File -> New / Open / Save as workspace, Import articles into it: a path field.
class WorkspaceDialog {
public:
    enum class Mode { New, Open, SaveAs, Import };
    void open(App& app, Mode mode);
    void draw(App& app);
    bool visible() const { return m_visible; }

private:
    bool m_visible = false;
    Mode m_mode = Mode::Open;
    std::string m_path, m_error;
};

class FiltersPanel {
public:
    void draw(App& app);

private:
    std::string m_articleQuery;  // narrows the Articles section's list
};

class ArticlesPanel {
public:
    void draw(App& app);

private:
    void drawText(App& app, uint32_t article);
    std::string m_filter;
    const void* m_cachedScene = nullptr;
    std::optional<uint32_t> m_cachedArticle;
    struct Mention {
        ByteSpan span;
        uint32_t node = 0;
    };
    std::vector<Mention> m_mentions;  // of the shown article, sorted by start
};

class SearchPanel {
public:
    void draw(App& app);
    // Selects and zooms to the next match of the current query (Enter).
    void next(App& app);
    const std::string& query() const { return m_query; }
    size_t matchCount() const { return m_matches.size(); }

private:
    void update(App& app);
    std::string m_query, m_builtQuery;
    const void* m_builtScene = nullptr;
    std::vector<uint32_t> m_matches;
    size_t m_cursor = 0;
};

class PathPanel {
public:
    void draw(App& app);
    // The evidence for one step a -> b of a path: the link's strongest label (empty for a
    // co-occurrence) and the first sentence supporting it.  Empty when no visible edge
    // joins them.  Also used by the state dump.
    struct StepEvidence {
        std::string label;
        uint32_t article = 0;
        ByteSpan sentence;
    };
    static std::optional<StepEvidence> stepEvidence(const Scene& scene, uint32_t a, uint32_t b);

private:
    std::string m_from, m_to;
    std::string m_message;
};

class StatisticsPanel {
public:
    void draw(App& app);
};

class LayoutPanel {
public:
    void draw(App& app);
    // The Graphviz engine last started from the panel (empty before any).
    const std::string& lastRun() const { return m_lastRun; }

private:
    int m_engine = 0;
    std::string m_lastRun;
};

// File -> Open: a simple in-app browser of the file system.
class OpenPanel {
public:
    void open(App& app);
    void draw(App& app);
    bool visible() const { return m_visible; }
    const std::string& folder() const { return m_folder; }
    const std::string& error() const { return m_error; }

private:
    void list();
    bool m_visible = false;
    std::string m_folder, m_pathInput;
    struct Entry {
        std::string name;
        bool directory = false;
        bool selected = false;
    };
    std::vector<Entry> m_entries;
    std::string m_error;
};

// File -> Export: any exporter format of what is on screen, or a canvas PNG snapshot.
class ExportPanel {
public:
    void open() { m_visible = true; }
    void draw(App& app);
    bool visible() const { return m_visible; }

private:
    bool m_visible = false;
    int m_format = 0;
    std::string m_path;
    int m_width = 1920, m_height = 1080;
};

class StatusBar {
public:
    void draw(App& app);
};

}  // namespace entgraph::gui
