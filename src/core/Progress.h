#pragma once
// Progress reporting and cooperative cancellation for long work (extraction, layout,
// import, export).  Workers poll `cancelled()` between units of work and report a
// fraction in [0,1]; the GUI reads both from its own thread.
#include <atomic>
#include <functional>
#include <string>

namespace entgraph {

class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// Called from the worker thread; must be cheap and thread-safe on the receiving side.
using ProgressCallback = std::function<void(double fraction, const std::string& what)>;

// Thrown by long operations that noticed a cancel request.
struct Cancelled {};

}  // namespace entgraph
