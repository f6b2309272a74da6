// `entgraph gui [PATH...]` and `entgraph` alone: the desktop explorer.  Without a display
// both say so and exit non-zero (the CLI commands keep working headless).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "cli/Commands.h"
#include "core/Error.h"
#include "core/Resources.h"

#ifdef ENTGRAPH_HAVE_GUI
#include "gui/GuiMain.h"
#endif

namespace entgraph::cli {

namespace {

#ifdef ENTGRAPH_HAVE_GUI
int startGui(const gui::GuiOptions& options) {
    std::string why;
    if (!gui::haveDisplay(why)) {
        std::fprintf(stderr, "entgraph: %s; use `entgraph export`\n", why.c_str());
        return 1;
    }
    try {
        return gui::runGui(options);
    } catch (const Error& e) {
        std::fprintf(stderr, "entgraph: %s\n", e.what());
        return 1;
    }
}

// The bundled demo articles (assets/demo/, embedded) written to a fresh temporary
// folder that is removed when the explorer closes.
class DemoFolder {
public:
    DemoFolder() {
        std::string tmpl =
            (std::filesystem::temp_directory_path() / "entgraph-demo-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw Error("cannot create a temporary folder for the demo");
        m_path = tmpl;
        for (std::string_view res : resourcesUnder("assets/demo/")) {
            const std::string rel(res.substr(std::string_view("assets/demo/").size()));
            const auto target = m_path / rel;
            std::filesystem::create_directories(target.parent_path());
            std::ofstream out(target, std::ios::binary);
            const std::string_view bytes = resource(res);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            if (!out) throw Error("cannot write the demo article '" + target.string() + "'");
            ++m_files;
        }
    }
    ~DemoFolder() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string path() const { return m_path.string(); }
    size_t files() const { return m_files; }

private:
    std::filesystem::path m_path;
    size_t m_files = 0;
};
#endif

// A workspace is named by its extension or recognised by the SQLite file header (the
// store checks the application id and refuses another program's database on open).
[[maybe_unused]] bool looksLikeWorkspace(const std::string& path) {
    if (std::filesystem::path(path).extension() == ".entgraph") return true;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return false;
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 &&
           std::string_view(header, 16) == std::string_view("SQLite format 3", 16);
}

}  // namespace

void addGuiCommand(CLI::App& app, int& exitCode) {
    auto* cmd =
        app.add_subcommand("gui", "Open the desktop explorer on articles (files or folders)");
    struct Args {
        std::vector<std::string> paths;
        std::string stateDump, screenshot, size, workspace, benchView = "fit";
        int benchFrames = 0;
        size_t benchNodes = 10000;
        size_t synthetic = 0;
        bool pauseLayout = false;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("paths", args->paths,
                    "Articles or folders to open, or one workspace (.entgraph)");
    cmd->add_option("-w,--workspace", args->workspace, "Open this workspace");
    cmd->add_option("--state-dump", args->stateDump,
                    "Write the explorer's state as JSON to FILE on exit and on SIGUSR1 (tests)");
    cmd->add_option("--screenshot", args->screenshot, "Write a PNG of the window to FILE on exit");
    cmd->add_option("--bench-frames", args->benchFrames,
                    "Render N frames of a synthetic graph, print the median frame time and exit");
    cmd->add_option("--bench-nodes", args->benchNodes,
                    "Nodes of the benchmark graph (edges: twice as many)");
    cmd->add_option("--bench-view", args->benchView,
                    "Camera of the benchmark: fit (the whole graph) or labels (zoomed in "
                    "until about 600 nodes are on screen and side panels closed, so hundreds are "
                    "labelled)")
        ->check(CLI::IsMember({"fit", "labels"}));
    cmd->add_option("--synthetic", args->synthetic,
                    "Open a generated graph of N entities (tests, demos)");
    cmd->add_flag("--pause-layout", args->pauseLayout, "Start with the live force layout paused");
    cmd->add_option("--size", args->size, "Window size WIDTHxHEIGHT");
    cmd->final_callback([&exitCode, args] {
#ifdef ENTGRAPH_HAVE_GUI
        gui::GuiOptions options;
        options.paths = args->paths;
        options.workspace = args->workspace;
        for (const auto& p : args->paths)
            if (looksLikeWorkspace(p)) {
                if (args->paths.size() > 1 || !args->workspace.empty()) {
                    std::fprintf(stderr,
                                 "entgraph: open one workspace alone ('%s'); import articles "
                                 "into it with `entgraph import -w`\n",
                                 p.c_str());
                    exitCode = 2;
                    return;
                }
                options.workspace = p;
                options.paths.clear();
            }
        options.stateDump = args->stateDump;
        options.screenshot = args->screenshot;
        options.benchFrames = args->benchFrames;
        options.benchNodes = args->benchNodes;
        options.benchLabels = args->benchView == "labels";
        options.synthetic = args->synthetic;
        options.pauseLayout = args->pauseLayout;
        if (!args->size.empty() &&
            std::sscanf(args->size.c_str(), "%dx%d", &options.width, &options.height) != 2) {
            std::fprintf(stderr, "entgraph: --size wants WIDTHxHEIGHT, e.g. 1280x800\n");
            exitCode = 2;
            return;
        }
        if (options.benchFrames < 0 || (options.benchFrames > 0 && options.benchNodes == 0)) {
            std::fprintf(stderr, "entgraph: --bench-frames and --bench-nodes must be positive\n");
            exitCode = 2;
            return;
        }
        exitCode = startGui(options);
#else
        (void)args;
        std::fprintf(stderr, "entgraph: this build has no GUI; use `entgraph export`\n");
        exitCode = 1;
#endif
    });
}

int runDefault() {
#ifdef ENTGRAPH_HAVE_GUI
    std::string why;
    if (!gui::haveDisplay(why)) {
        std::fprintf(stderr, "entgraph: %s; use `entgraph export`\n", why.c_str());
        return 1;
    }
    try {
        DemoFolder demo;
        gui::GuiOptions options;
        if (demo.files() > 0) {
            options.paths = {demo.path()};
            options.whatIsOpen = "demo";
        } else {
            std::fprintf(stderr,
                         "entgraph: this build has no demo articles; opening an empty window\n");
        }
        return startGui(options);
    } catch (const Error& e) {
        std::fprintf(stderr, "entgraph: %s\n", e.what());
        return 1;
    }
#else
    std::fprintf(stderr,
                 "entgraph: no command given and this build has no GUI; see entgraph --help\n");
    return 2;
#endif
}

}  // namespace entgraph::cli
