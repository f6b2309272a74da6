#pragma once
// RAII for GLFW (the library and one window with an OpenGL 3.3 core context) and the
// input latch that keeps keystrokes and clicks on slow frames.
//
// ImGui 1.86 has no input queue: a key or button pressed and released between two
// frames never reaches it.  InputLatch records GLFW events in order and feeds them to
// ImGui at the start of each frame, stopping at the first event that would undo a
// change made in the same frame (the release of a key pressed this frame); the rest
// waits for the next frame.
#include <deque>
#include <string>
#include <vector>

struct GLFWwindow;

namespace entgraph::gui {

class GlfwLibrary {
public:
    GlfwLibrary();  // throws Error when GLFW cannot start (no display)
    ~GlfwLibrary();
    GlfwLibrary(const GlfwLibrary&) = delete;
    GlfwLibrary& operator=(const GlfwLibrary&) = delete;
};

class Window {
public:
    Window(int width, int height, const std::string& title);  // throws Error
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return m_window; }
    void setTitle(const std::string& title);
    bool shouldClose() const;
    void requestClose();
    float contentScale() const;

private:
    GLFWwindow* m_window = nullptr;
};

class InputLatch {
public:
    // Installs GLFW callbacks on the window (the ImGui backend is initialised without
    // its own callbacks).  Dropped paths are collected for the App.
    explicit InputLatch(GLFWwindow* window);
    // Feeds queued events to ImGui; call after ImGui_ImplGlfw_NewFrame, before NewFrame.
    void apply();
    std::vector<std::string> takeDroppedPaths();

    struct Event {
        enum Kind { Key, Char, Button, Scroll } kind;
        int code = 0;  // key, button or codepoint
        bool down = false;
        double dx = 0, dy = 0;
    };
    void push(const Event& e) { m_events.push_back(e); }
    // Events still queued (a burst of keys is applied a frame at a time): the main loop must
    // not sleep while there are any.
    bool pending() const { return !m_events.empty(); }
    void drop(int count, const char** paths);

private:
    std::deque<Event> m_events;
    std::vector<std::string> m_dropped;
    bool m_buttons[5] = {false, false, false, false, false};
};

}  // namespace entgraph::gui
