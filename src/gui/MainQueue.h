#pragma once
// Results of worker threads come back to the UI thread through this queue (Tracy's
// RunQueue): a worker pushes a closure, the App runs every queued closure at the start
// of the next frame.  push() is thread-safe; drain() runs on the UI thread only.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/Progress.h"

namespace entgraph::gui {

class MainQueue {
public:
    void push(std::function<void()> f) {
        std::lock_guard lock(m_mutex);
        m_items.push_back(std::move(f));
    }
    void drain() {
        std::vector<std::function<void()>> items;
        {
            std::lock_guard lock(m_mutex);
            items.swap(m_items);
        }
        for (auto& f : items) f();
    }
    bool empty() const {
        std::lock_guard lock(m_mutex);
        return m_items.empty();
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::function<void()>> m_items;
};

// One long job on its own thread, with progress and cancellation.  The destructor
// cancels and joins, so an App closing mid-import shuts down cleanly.
class BackgroundTask {
public:
    BackgroundTask() = default;
    ~BackgroundTask() { cancelAndJoin(); }
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    // `work` receives the cancel token and a progress callback; it runs on the new thread.
    void start(std::string label,
               std::function<void(const CancelToken&, const ProgressCallback&)> work) {
        cancelAndJoin();
        m_cancel = std::make_unique<CancelToken>();
        m_progress = 0.0;
        {
            std::lock_guard lock(m_mutex);
            m_label = std::move(label);
        }
        m_running = true;
        m_thread = std::thread([this, work = std::move(work)] {
            const CancelToken& token = *m_cancel;
            work(token, [this](double f, const std::string& what) {
                m_progress = f;
                std::lock_guard lock(m_mutex);
                m_what = what;
            });
            m_running = false;
        });
    }
    bool running() const { return m_running.load(); }
    void cancel() {
        if (m_cancel) m_cancel->cancel();
    }
    // Whether the user asked the current (or last) job to stop.
    bool cancelled() const { return m_cancel && m_cancel->cancelled(); }
    void cancelAndJoin() {
        cancel();
        if (m_thread.joinable()) m_thread.join();
        m_running = false;
    }
    double progress() const { return m_progress.load(); }
    std::string label() const {
        std::lock_guard lock(m_mutex);
        return m_what.empty() ? m_label : m_label + ": " + m_what;
    }
    // Joins a finished thread so a new task can start.
    void reap() {
        if (!m_running && m_thread.joinable()) m_thread.join();
    }

private:
    std::thread m_thread;
    std::unique_ptr<CancelToken> m_cancel;
    std::atomic<double> m_progress{0.0};
    std::atomic<bool> m_running{false};
    mutable std::mutex m_mutex;
    std::string m_label, m_what;
};

}  // namespace entgraph::gui
