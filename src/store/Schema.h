#pragma once
// The workspace schema as a list of migrations: migration N (1-based) turns a version N-1
// file into a version N file.  A new workspace runs them all.  Never edit a released
// migration: add a new one and bump kWorkspaceSchemaVersion (store/Workspace.h).
#include <string_view>
#include <vector>

namespace entgraph::schema {

const std::vector<std::string_view>& migrations();

// Tables whose row changes the edit log records (undo/redo restores exactly these).
inline constexpr std::string_view kTrackedTables[] = {"articles", "aliases",   "entities",
                                                      "mentions", "relations", "evidence"};

}  // namespace entgraph::schema
