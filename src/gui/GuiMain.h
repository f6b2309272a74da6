#pragma once
// The desktop explorer's entry point for the CLI (`entgraph gui`, `entgraph` alone).
// No ImGui/GLFW types here so src/cli stays free of them.
#include <string>
#include <vector>

namespace entgraph::gui {

struct GuiOptions {
    std::vector<std::string> paths;  // articles or folders to open at start
    std::string workspace;           // a workspace (.entgraph) to open at start
    std::string whatIsOpen;          // title override ("demo"); empty: derived from paths
    size_t synthetic = 0;            // > 0: open a generated graph of this many nodes
    std::string stateDump;           // write a JSON state dump here on exit and on SIGUSR1
    std::string screenshot;          // write a PNG of the window here on exit
    int benchFrames = 0;             // > 0: render this many frames, print the median, exit
    size_t benchNodes = 10000;
    bool benchLabels = false;   // benchmark camera: zoomed in on labels, not fit to view
    bool pauseLayout = false;   // start with the live layout paused
    int width = 0, height = 0;  // window size; 0: from settings
};

// True when a display is available; otherwise `why` says what is missing.
bool haveDisplay(std::string& why);

// Runs the explorer until the window closes; returns the exit code.  Errors that prevent
// the window from opening are thrown as entgraph::Error.
int runGui(const GuiOptions& options);

}  // namespace entgraph::gui
