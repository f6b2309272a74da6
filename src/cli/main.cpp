// entgraph: news articles -> entity-relationship graph.  The command-line front end;
// every subcommand is a thin layer over the model library (see Commands.h).
#include <cstdio>
#include <exception>

#include "cli/Commands.h"
#include "core/Error.h"

int main(int argc, char** argv) {
    using namespace entgraph;
    CLI::App app{"entgraph: turn news articles into an entity-relationship graph", "entgraph"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", "entgraph 0.1.0");

    int exitCode = 0;
    cli::addExtractCommand(app, exitCode);
    cli::addStatsCommand(app, exitCode);
    cli::addExportCommand(app, exitCode);
    cli::addGuiCommand(app, exitCode);
    cli::addTrainNerCommand(app, exitCode);
    cli::addEvalNerCommand(app, exitCode);
    cli::addWorkspaceCommands(app, exitCode);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" with exit code 0; real usage errors exit 2.
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const Error& e) {
        std::fprintf(stderr, "entgraph: %s\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "entgraph: internal error: %s\n", e.what());
        return 1;
    }
    if (app.get_subcommands().empty()) return cli::runDefault();
    return exitCode;
}
