// Placeholder: replaced by src/store's owner (import, search, merge, rename, undo).
#include "cli/Commands.h"

namespace entgraph::cli {

void addWorkspaceCommands(CLI::App&, int&) {}

}  // namespace entgraph::cli
