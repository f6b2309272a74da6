#pragma once
// Work that cannot poll a CancelToken (a Graphviz engine runs to its end once started)
// is run in a forked copy of this process, so Cancel can stop it at once: the parent
// waits on a pipe, checks the token between short polls and kills the child when asked.
// A crash inside the work (a C library on odd input) then ends the child, not the GUI.
//
// The child starts as a copy of the calling thread only: `work` must not take a lock
// another thread may hold (or a recursive one the caller holds: the child has a new
// thread id).  Graphviz qualifies while the caller holds gv::graphvizLock(), which keeps
// every other thread out of Graphviz, pango and cairo.
#include <functional>
#include <string>

#include "core/Progress.h"

namespace entgraph {

// Runs `work` in a child process and returns the bytes it returned.  Throws Cancelled
// when `cancel` fires first (the child is killed and reaped), and Error naming `what`
// when the work threw (with its message) or the child died.
std::string runInChildProcess(const std::function<std::string()>& work, const CancelToken& cancel,
                              const std::string& what);

}  // namespace entgraph
