// Placeholder: replaced by the module that owns this command.
#include <cstdio>

#include "cli/Commands.h"

namespace entgraph::cli {

void addExportCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("export", "(not implemented yet)");
    cmd->allow_extras();
    cmd->final_callback([&exitCode] {
        std::fprintf(stderr, "entgraph: this command is not implemented yet\n");
        exitCode = 1;
    });
}

}  // namespace entgraph::cli
