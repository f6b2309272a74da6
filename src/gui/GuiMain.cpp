#include "gui/GuiMain.h"

#include <atomic>
#include <csignal>
#include <cstdlib>

#include "gui/App.h"

namespace entgraph::gui {

extern std::atomic<bool> g_dumpRequested;

namespace {
extern "C" void onDumpSignal(int) {
    g_dumpRequested.store(true);
}
}  // namespace

bool haveDisplay(std::string& why) {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((display && *display) || (wayland && *wayland)) return true;
    why = "no display (DISPLAY is not set)";
    return false;
}

int runGui(const GuiOptions& options) {
    // SIGUSR1 asks for a state dump without quitting (used by the GUI tests).
    std::signal(SIGUSR1, onDumpSignal);
    App app(options);
    return app.run();
}

}  // namespace entgraph::gui
