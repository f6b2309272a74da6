#include "gui/Settings.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace entgraph::gui {

std::string Settings::configDir() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return (std::filesystem::path(xdg) / "entgraph").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (std::filesystem::path(home) / ".config" / "entgraph").string();
    return ".entgraph";
}

namespace {
template <class T>
void get(const nlohmann::json& j, const char* key, T& out) {
    if (auto it = j.find(key); it != j.end()) {
        try {
            out = it->get<T>();
        } catch (const nlohmann::json::exception&) {
            // Wrong type: keep the default.
        }
    }
}
}  // namespace

Settings Settings::load() {
    Settings s;
    std::ifstream in(std::filesystem::path(configDir()) / "settings.json");
    if (!in) return s;
    const auto j = nlohmann::json::parse(in, nullptr, false);
    if (!j.is_object()) return s;
    get(j, "darkTheme", s.darkTheme);
    get(j, "fontSize", s.fontSize);
    get(j, "windowWidth", s.windowWidth);
    get(j, "windowHeight", s.windowHeight);
    get(j, "lastFolder", s.lastFolder);
    get(j, "showEntities", s.showEntities);
    get(j, "showInspector", s.showInspector);
    get(j, "showFilters", s.showFilters);
    get(j, "showArticles", s.showArticles);
    get(j, "showSearch", s.showSearch);
    get(j, "showPath", s.showPath);
    get(j, "showStatistics", s.showStatistics);
    get(j, "showLayout", s.showLayout);
    get(j, "showLabels", s.showLabels);
    get(j, "showCooccurrence", s.showCooccurrence);
    get(j, "showSuggestions", s.showSuggestions);
    get(j, "recentWorkspaces", s.recentWorkspaces);
    if (s.recentWorkspaces.size() > 10) s.recentWorkspaces.resize(10);
    s.fontSize = std::clamp(s.fontSize, 8.0f, 40.0f);
    s.windowWidth = std::clamp(s.windowWidth, 320, 16384);
    s.windowHeight = std::clamp(s.windowHeight, 240, 16384);
    return s;
}

void Settings::save() const {
    std::error_code ec;
    std::filesystem::create_directories(configDir(), ec);
    nlohmann::json j = {
        {"darkTheme", darkTheme},
        {"fontSize", fontSize},
        {"windowWidth", windowWidth},
        {"windowHeight", windowHeight},
        {"lastFolder", lastFolder},
        {"showEntities", showEntities},
        {"showInspector", showInspector},
        {"showFilters", showFilters},
        {"showArticles", showArticles},
        {"showSearch", showSearch},
        {"showPath", showPath},
        {"showStatistics", showStatistics},
        {"showLayout", showLayout},
        {"showLabels", showLabels},
        {"showCooccurrence", showCooccurrence},
        {"showSuggestions", showSuggestions},
        {"recentWorkspaces", recentWorkspaces},
    };
    std::ofstream out(std::filesystem::path(configDir()) / "settings.json");
    if (out) out << j.dump(2) << '\n';
}

}  // namespace entgraph::gui
