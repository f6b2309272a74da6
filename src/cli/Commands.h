#pragma once
// Each CLI subcommand lives in its own Cmd*.cpp and registers itself on the root app.
// A command's callback stores its process exit code in `exitCode`:
// 0 success, 1 nothing could be processed / operation failed, 2 usage error.
#include <CLI/CLI.hpp>

namespace entgraph::cli {

void addExtractCommand(CLI::App& app, int& exitCode);   // extract --json PATH...
void addStatsCommand(CLI::App& app, int& exitCode);     // stats PATH... | -w WS [--json]
void addExportCommand(CLI::App& app, int& exitCode);    // export PATH... -o FILE ...
void addGuiCommand(CLI::App& app, int& exitCode);       // gui [PATH...|WS]
void addTrainNerCommand(CLI::App& app, int& exitCode);  // train-ner --corpus DIR... -o FILE
void addEvalNerCommand(CLI::App& app, int& exitCode);   // eval-ner FILE... [--json]
void addWorkspaceCommands(CLI::App& app, int& exitCode);  // import, search, merge, rename, undo

// `entgraph` with no subcommand: the GUI on the bundled demo where there is a display.
int runDefault();

}  // namespace entgraph::cli
