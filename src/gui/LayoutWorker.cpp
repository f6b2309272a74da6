#include "gui/LayoutWorker.h"

#include <chrono>

namespace entgraph::gui {

const char* layoutStateName(LayoutState s) {
    switch (s) {
        case LayoutState::Idle:
            return "idle";
        case LayoutState::Running:
            return "running";
        case LayoutState::Paused:
            return "paused";
        case LayoutState::Settled:
            return "settled";
    }
    return "?";
}

LayoutWorker::~LayoutWorker() {
    stop();
}

void LayoutWorker::start(size_t n, std::vector<ForceEdge> edges, std::vector<Point> positions,
                         const std::vector<uint8_t>& pinned, bool paused,
                         std::vector<ForceBox> boxes) {
    stop();
    m_quit = false;
    m_paused = paused;
    m_settled = false;
    m_iterations = 0;
    m_commands.clear();
    // Built here (cheap) so the first fetch already has positions for every node.
    m_sim = std::make_unique<ForceSimulation>(n, std::move(edges), std::move(positions));
    for (size_t i = 0; i < pinned.size() && i < n; ++i)
        if (pinned[i]) m_sim->setPinned(i, true);
    m_sim->setBoxes(std::move(boxes));
    m_snapshot = m_sim->positions();
    ++m_snapshotVersion;
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

void LayoutWorker::stop() {
    if (!m_thread.joinable()) return;
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
    m_running = false;
    m_sim.reset();
}

void LayoutWorker::run() {
    using namespace std::chrono_literals;
    for (;;) {
        std::vector<std::function<void(ForceSimulation&)>> commands;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, 50ms, [&] {
                return m_quit.load() || !m_commands.empty() ||
                       (!m_paused.load() && !m_sim->settled());
            });
            if (m_quit) return;
            commands.swap(m_commands);
        }
        for (auto& c : commands) c(*m_sim);
        const bool step = !m_paused.load() && !m_sim->settled();
        if (step) {
            m_sim->step();
            m_iterations = m_sim->iterations();
        }
        m_settled = m_sim->settled();
        if (step || !commands.empty()) {
            std::lock_guard lock(m_mutex);
            m_snapshot = m_sim->positions();
            ++m_snapshotVersion;
        }
    }
}

void LayoutWorker::setPaused(bool paused) {
    m_paused = paused;
    m_wake.notify_all();
}

void LayoutWorker::setPosition(size_t i, Point p, bool pinned) {
    if (!m_running) return;
    std::lock_guard lock(m_mutex);
    m_commands.push_back([=](ForceSimulation& s) {
        s.setPosition(i, p);
        s.setPinned(i, pinned);
        s.reheat(0.15);
    });
    m_wake.notify_all();
}

void LayoutWorker::setPinned(size_t i, bool pinned) {
    if (!m_running) return;
    std::lock_guard lock(m_mutex);
    m_commands.push_back([=](ForceSimulation& s) { s.setPinned(i, pinned); });
    m_wake.notify_all();
}

void LayoutWorker::setAllPositions(std::vector<Point> positions) {
    if (!m_running) return;
    std::lock_guard lock(m_mutex);
    m_commands.push_back([p = std::move(positions)](ForceSimulation& s) {
        for (size_t i = 0; i < p.size() && i < s.size(); ++i) s.setPosition(i, p[i]);
    });
    m_wake.notify_all();
}

void LayoutWorker::setBoxes(std::vector<ForceBox> boxes) {
    if (!m_running) return;
    std::lock_guard lock(m_mutex);
    m_commands.push_back([b = std::move(boxes)](ForceSimulation& s) mutable {
        s.setBoxes(std::move(b));
        s.reheat(0.1);
    });
    m_wake.notify_all();
}

void LayoutWorker::reheat() {
    if (!m_running) return;
    std::lock_guard lock(m_mutex);
    m_commands.push_back([](ForceSimulation& s) { s.reheat(0.5); });
    m_wake.notify_all();
}

bool LayoutWorker::fetch(std::vector<Point>& out) {
    std::lock_guard lock(m_mutex);
    if (m_snapshotVersion == m_fetchedVersion) return false;
    m_fetchedVersion = m_snapshotVersion;
    out = m_snapshot;
    return true;
}

LayoutState LayoutWorker::state() const {
    if (!m_running) return LayoutState::Idle;
    if (m_paused) return LayoutState::Paused;
    if (m_settled) return LayoutState::Settled;
    return LayoutState::Running;
}

}  // namespace entgraph::gui
