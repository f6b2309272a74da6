#pragma once
// The explorer's settings: a plain struct of defaults with load/save as JSON in the
// user's config folder ($XDG_CONFIG_HOME/entgraph, default ~/.config/entgraph), next to
// imgui.ini.  A missing or corrupt file gives the defaults, never an error.
#include <string>
#include <vector>

namespace entgraph::gui {

struct Settings {
    bool darkTheme = true;
    float fontSize = 15.0f;
    int windowWidth = 1280, windowHeight = 800;
    std::string lastFolder;
    bool showEntities = true;
    bool showInspector = true;
    bool showFilters = true;
    bool showArticles = false;
    bool showSearch = false;
    bool showPath = false;
    bool showStatistics = false;
    bool showLayout = false;
    bool showLabels = true;
    bool showCooccurrence = true;
    bool showSuggestions = false;
    std::vector<std::string> recentWorkspaces;  // most recent first

    // The folder holding settings.json and imgui.ini; created on save.
    static std::string configDir();
    static Settings load();
    void save() const;  // best effort: a read-only home must not crash the program
};

}  // namespace entgraph::gui
