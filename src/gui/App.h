#pragma once
// The explorer's one owner: it sets up GLFW, the window, ImGui and the canvas in order,
// runs the linear main loop, dispatches the panels (one file each, `if (show) draw()`)
// and shuts down in reverse order.  Long work (import, Graphviz layout, export) runs on
// BackgroundTasks; results come back through the MainQueue.  Panels call the App's
// actions; only the UI thread touches the Scene.
#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Article.h"
#include "core/Extraction.h"
#include "export/Exporter.h"
#include "gui/Canvas.h"
#include "gui/GuiMain.h"
#include "gui/LayoutWorker.h"
#include "gui/MainQueue.h"
#include "gui/Panels.h"
#include "gui/Scene.h"
#include "gui/Settings.h"
#include "gui/Window.h"
#include "store/Workspace.h"

namespace entgraph::gui {

class ImGuiSession;  // RAII for the ImGui context and its GLFW/OpenGL3 backends

class App {
public:
    explicit App(const GuiOptions& options);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    int run();

    // ---- for the panels
    Scene* scene() { return m_scene.get(); }
    Settings& settings() { return m_settings; }
    LayoutWorker& layout() { return m_layout; }
    Camera& camera() { return m_camera; }
    CanvasStyle& canvasStyle() { return m_style; }
    BackgroundTask& importTask() { return m_importTask; }
    BackgroundTask& layoutTask() { return m_layoutTask; }
    BackgroundTask& exportTask() { return m_exportTask; }
    float frameMs() const { return m_frameMs; }
    size_t edgesLeftOut() const { return m_canvas ? m_canvas->skippedEdges() : 0; }
    std::string whatIsOpen() const { return m_whatIsOpen; }

    void selectNode(size_t i, bool additive);
    void focusNode(size_t i);  // select it and zoom to it
    void zoomToSelection();
    void fitView();
    void hideSelection();
    void clearSelection();
    void setFilter(const SceneFilter& f);
    void dragNode(size_t i, Point world);  // moves and pins it
    void unpinAll();
    void togglePause();
    void cameraTouched() { m_autoFit = false; }
    // The part of the window (left, top, right, bottom) that no docked-side panel covers.
    std::array<double, 4> freeCanvasRect() const;

    // The Articles panel shows this article and scrolls to `highlight`.
    struct ArticleFocus {
        std::optional<uint32_t> article;
        ByteSpan highlight;
        bool scroll = false;
    };
    ArticleFocus& articleFocus() { return m_articleFocus; }
    void openArticle(uint32_t article, ByteSpan highlight = {});

    void openPaths(const std::vector<std::string>& paths);  // extraction on a worker
    void runLayoutEngine(const std::string& name);          // Graphviz on a worker
    void exportVisible(ExportFormat format, const std::string& path);
    // Canvas PNG (labels included, placed as on screen and scaled to the image) via an
    // FBO; taken between frames, so the result shows as a note on the next frame.
    void snapshot(const std::string& path, int width, int height);

    void showError(std::string message);
    void showInfo(std::string message);
    void requestSearch() { m_settings.showSearch = true, m_focusSearch = true; }
    bool takeSearchFocusRequest() { return std::exchange(m_focusSearch, false); }
    void requestOpenDialog() { m_openPanel.open(*this); }
    void requestExportDialog() { m_exportPanel.open(); }
    void requestQuit();
    // Records the rectangle of the last ImGui item under `name` for the state dump, so
    // the GUI tests can click real widgets with real X input.
    void noteWidget(const char* name);

    // Search state is shared by the Search panel and Enter handling.
    SearchPanel& search() { return m_searchPanel; }

    // ---- workspace (AppWorkspace.cpp).  Every edit goes through the Workspace API as one
    // transaction (so it is saved at once), then the graph is reloaded keeping positions
    // by entity id.  Failures are shown in the window.
    Workspace* workspace() { return m_workspace.get(); }
    // Opens (or creates) a workspace and shows its graph; throws Error when it cannot.
    void openWorkspace(const std::string& path, bool create = false);
    // File -> Save as workspace: creates `path` from the articles open now (worker thread).
    void saveAsWorkspace(const std::string& path);
    // File -> Import: imports articles into the open workspace on the worker thread.
    void importIntoWorkspace(const std::vector<std::string>& paths);
    // Worker side of both imports: reads the paths and passes ingest warnings and errors
    // to the UI queue; empty (with an error shown) when no article could be read.
    std::vector<Article> readArticlesOnWorker(const std::vector<std::string>& paths);
    void reloadWorkspace();
    // The workspace entity behind node i (0 when no workspace is open).
    int64_t entityIdOf(size_t i) const;
    std::optional<size_t> nodeOfEntity(int64_t id) const;
    void mergeSelection();  // into the first selected node
    void mergeEntities(int64_t survivor, int64_t other);
    void renameNode(size_t i, const std::string& name);
    // Splits one alias (and the mentions written that way) off node i into a new entity.
    void splitAlias(size_t i, const std::string& alias);
    void retypeNode(size_t i, EntityType type);
    void hideNodeInWorkspace(size_t i);
    void showHiddenEntity(int64_t id);
    void pinNode(size_t i, bool pinned);
    void setNodeNotes(size_t i, const std::string& notes);
    void dismissSuggestion(int64_t a, int64_t b);
    void undoEdit();
    // Ctrl+S: articles not in a workspace -> Save as workspace; a workspace is always saved.
    void saveShortcut();
    void redoEdit();
    // Merge suggestions, cached until the next edit.
    const std::vector<MergeSuggestion>& suggestions();
    bool unsaved() const { return !m_workspace && !m_articles.empty(); }
    void requestWorkspaceDialog(WorkspaceDialog::Mode mode) { m_workspaceDialog.open(*this, mode); }

private:
    void setupImGui();
    void frame();
    void handleShortcuts();
    void drawMenuBar();
    void drawMessages();
    void pollLayout();
    void installScene(std::unique_ptr<Scene> scene, std::string whatIsOpen, bool fit);
    void updateTitle();
    void writeStateDump(const std::string& path);
    void startBenchmark();
    // Boxes the live layout keeps apart: each node's circle with its label under it at
    // zoom 1 (so zoomed to 1:1 every label fits), circles only on big graphs.
    std::vector<ForceBox> layoutBoxes();
    // Runs one workspace edit at the start of the next frame, then reloads; errors go to
    // showError.
    void edit(std::function<void(Workspace&)> f);
    void addRecentWorkspace(const std::string& path);
    void showWorkspaceGraph(WorkspaceGraph wg, const std::map<int64_t, Point>& positions,
                            const std::vector<int64_t>& selection, bool fit);
    void saveWorkspaceView();  // node positions as the "gui" layout (not an edit)

    // ---- appearance (AppAppearance.cpp).  Theme and font size apply live, between
    // frames: ImGui and canvas colours, and a font atlas rebuilt with its OpenGL texture.
    // Replaces the atlas' fonts with DejaVu Sans at `px` (ImGui's font if it is missing)
    // and, when extraPx > 0, a second font at extraPx holding only the glyphs of
    // `extraText`; returns that second font or nullptr.  Outside a frame only.
    static ImFont* loadFonts(float px, float extraPx = 0.0f, const std::string& extraText = {});
    void applyAppearance();  // at the start of a frame, when the settings changed
    void applyCanvasTheme();
    void takeSnapshot();  // the pending snapshot, between frames
    void drawAppearanceMenu();

    GuiOptions m_options;
    Settings m_settings;
    std::string m_iniPath;
    // Construction order = setup order; members are destroyed in reverse.
    std::unique_ptr<GlfwLibrary> m_glfw;
    std::unique_ptr<Window> m_window;
    std::unique_ptr<InputLatch> m_input;
    std::unique_ptr<ImGuiSession> m_imgui;
    std::unique_ptr<Canvas> m_canvas;

    MainQueue m_queue;
    std::unique_ptr<Scene> m_scene;
    LayoutWorker m_layout;
    BackgroundTask m_importTask, m_layoutTask, m_exportTask;
    Camera m_camera;
    CanvasStyle m_style;
    std::string m_whatIsOpen;
    std::string m_title;

    // Everything read so far, so an import adds to the open graph.
    std::vector<Article> m_articles;
    std::vector<ArticleExtraction> m_extractions;

    // Graphviz results animate from the old positions to the new ones.
    struct Animation {
        std::vector<Point> from, to;
        std::chrono::steady_clock::time_point start;
        bool active = false;
    } m_animation;
    std::optional<std::pair<size_t, Point>> m_dragging;

    ArticleFocus m_articleFocus;
    std::vector<std::string> m_errors;
    std::vector<std::pair<std::string, std::chrono::steady_clock::time_point>> m_infos;  // expire
    std::vector<std::string> m_errorLog;  // every error shown, for the state dump
    bool m_focusSearch = false;
    bool m_autoFit = true;  // keep framing the graph until the user moves the camera
    float m_frameMs = 0.0f;
    std::vector<float> m_frameTimes;
    std::map<std::string, std::array<float, 4>> m_widgets;

    float m_fontScale = 1.0f;  // window content scale (HiDPI) applied to font sizes
    float m_appliedFontSize = 0.0f;
    bool m_appliedDark = true;
    float m_fontSizeDraft = 0.0f;  // the slider's value until it is released
    struct SnapshotRequest {
        std::string path;
        int width = 0, height = 0;
    };
    std::optional<SnapshotRequest> m_pendingSnapshot;

    std::unique_ptr<Workspace> m_workspace;
    std::vector<int64_t> m_entityIds;  // node index -> workspace entity id
    std::optional<std::vector<MergeSuggestion>> m_suggestions;

    CanvasView m_canvasView;
    EntitiesPanel m_entitiesPanel;
    InspectorPanel m_inspectorPanel;
    FiltersPanel m_filtersPanel;
    ArticlesPanel m_articlesPanel;
    SearchPanel m_searchPanel;
    PathPanel m_pathPanel;
    StatisticsPanel m_statisticsPanel;
    LayoutPanel m_layoutPanel;
    OpenPanel m_openPanel;
    ExportPanel m_exportPanel;
    StatusBar m_statusBar;
    SuggestionsPanel m_suggestionsPanel;
    WorkspaceDialog m_workspaceDialog;

    friend class CanvasView;
    friend class ImGuiSession;  // loads the first fonts
};

}  // namespace entgraph::gui
