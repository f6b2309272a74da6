// Placeholder: replaced by the module that owns this command.
#include <cstdio>

#include "cli/Commands.h"

namespace entgraph::cli {

void addGuiCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("gui", "(not implemented yet)");
    cmd->allow_extras();
    cmd->final_callback([&exitCode] {
        std::fprintf(stderr, "entgraph: this command is not implemented yet\n");
        exitCode = 1;
    });
}

}  // namespace entgraph::cli

namespace entgraph::cli {
int runDefault() {
    std::fprintf(stderr, "entgraph: no command given; see entgraph --help\n");
    return 2;
}
}  // namespace entgraph::cli
