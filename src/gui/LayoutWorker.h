#pragma once
// Runs the live force layout (layout/ForceLayout.h) on its own thread.  The UI thread
// sends commands (pause, move/pin a node, new positions) and fetches the latest
// positions once per frame; the worker never touches the Scene.
//
// Thread safety: every public method is called from the UI thread only; the worker
// communicates through the mutex-protected command list and position snapshot.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "layout/ForceLayout.h"

namespace entgraph::gui {

enum class LayoutState { Idle, Running, Paused, Settled };
const char* layoutStateName(LayoutState s);

class LayoutWorker {
public:
    LayoutWorker() = default;
    ~LayoutWorker();  // stops and joins the thread
    LayoutWorker(const LayoutWorker&) = delete;
    LayoutWorker& operator=(const LayoutWorker&) = delete;

    // Replaces the simulation (new graph).  NaN positions are placed by the simulation.
    // `boxes` (node plus label, world units; may be empty) are kept from overlapping.
    void start(size_t n, std::vector<ForceEdge> edges, std::vector<Point> positions,
               const std::vector<uint8_t>& pinned, bool paused, std::vector<ForceBox> boxes = {});
    // New boxes (the font size changed); reheats a little so the layout makes room.
    void setBoxes(std::vector<ForceBox> boxes);
    void stop();

    void setPaused(bool paused);
    bool paused() const { return m_paused.load(); }
    void setPosition(size_t i, Point p, bool pinned);
    void setPinned(size_t i, bool pinned);
    void setAllPositions(std::vector<Point> positions);
    void reheat();

    // Copies the newest positions into `out` when they changed since the last fetch.
    bool fetch(std::vector<Point>& out);
    LayoutState state() const;
    size_t iterations() const { return m_iterations.load(); }

private:
    void run();

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::function<void(ForceSimulation&)>> m_commands;
    std::unique_ptr<ForceSimulation> m_sim;
    std::vector<Point> m_snapshot;
    uint64_t m_snapshotVersion = 0, m_fetchedVersion = 0;
    std::atomic<bool> m_paused{false}, m_quit{false}, m_settled{false}, m_running{false};
    std::atomic<size_t> m_iterations{0};
};

}  // namespace entgraph::gui
