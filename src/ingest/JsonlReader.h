#pragma once
// JSON Lines: one article object per line, read line by line so a file of any length needs
// the memory of one line.  Internal to src/ingest; see Ingest.h for the keys.
#include "ingest/InputSource.h"

namespace entgraph::ingest {

// Delivers each good line through `ctx`; blank lines are ignored, a malformed line, a line
// without text or a line over the per-article limit is skipped with a warning
// "skipping 'PATH' line N: ...".
void readJsonl(InputSource& input, ReadContext& ctx);

}  // namespace entgraph::ingest
