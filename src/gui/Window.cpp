#include "gui/Window.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <utility>

#include "core/Error.h"

namespace entgraph::gui {

// ------------------------------------------------------------------ GLFW library

namespace {
std::string g_glfwError;
void onGlfwError(int, const char* description) {
    g_glfwError = description ? description : "";
}
}  // namespace

GlfwLibrary::GlfwLibrary() {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit())
        throw Error("cannot open a window: " +
                    (g_glfwError.empty() ? std::string("GLFW failed to start") : g_glfwError));
}

GlfwLibrary::~GlfwLibrary() {
    glfwTerminate();
}

// ------------------------------------------------------------------ window

Window::Window(int width, int height, const std::string& title) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    m_window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!m_window)
        throw Error("cannot create an OpenGL 3.3 window: " +
                    (g_glfwError.empty() ? std::string("unknown reason") : g_glfwError));
    glfwMakeContextCurrent(m_window);
}

Window::~Window() {
    if (m_window) glfwDestroyWindow(m_window);
}

void Window::setTitle(const std::string& title) {
    glfwSetWindowTitle(m_window, title.c_str());
}
bool Window::shouldClose() const {
    return glfwWindowShouldClose(m_window);
}
void Window::requestClose() {
    glfwSetWindowShouldClose(m_window, GLFW_TRUE);
}

float Window::contentScale() const {
    float x = 1.0f, y = 1.0f;
    glfwGetWindowContentScale(m_window, &x, &y);
    return std::max(1.0f, std::max(x, y));
}

// ------------------------------------------------------------------ input latch

namespace {
InputLatch* latchOf(GLFWwindow* w) {
    return static_cast<InputLatch*>(glfwGetWindowUserPointer(w));
}
}  // namespace

InputLatch::InputLatch(GLFWwindow* window) {
    glfwSetWindowUserPointer(window, this);
    glfwSetKeyCallback(window, [](GLFWwindow* w, int key, int, int action, int) {
        if (action == GLFW_REPEAT || key < 0) {
            if (action == GLFW_REPEAT && key >= 0) latchOf(w)->push({Event::Key, key, true});
            return;
        }
        latchOf(w)->push({Event::Key, key, action == GLFW_PRESS});
    });
    glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int c) {
        latchOf(w)->push({Event::Char, static_cast<int>(c), true});
    });
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int button, int action, int) {
        latchOf(w)->push({Event::Button, button, action == GLFW_PRESS});
    });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double dx, double dy) {
        Event e{Event::Scroll};
        e.dx = dx, e.dy = dy;
        latchOf(w)->push(e);
    });
    glfwSetDropCallback(window, [](GLFWwindow* w, int count, const char** paths) {
        latchOf(w)->drop(count, paths);
    });
}

void InputLatch::drop(int count, const char** paths) {
    for (int i = 0; i < count; ++i) m_dropped.emplace_back(paths[i]);
}

std::vector<std::string> InputLatch::takeDroppedPaths() {
    return std::exchange(m_dropped, {});
}

void InputLatch::apply() {
    ImGuiIO& io = ImGui::GetIO();
    std::set<int> changedKeys;
    std::set<int> changedButtons;
    bool pressedThisFrame = false;
    while (!m_events.empty()) {
        const Event e = m_events.front();
        if (std::getenv("ENTGRAPH_DEBUG_INPUT"))
            std::fprintf(stderr, "input: kind %d code %d down %d frame %d\n",
                         static_cast<int>(e.kind), e.code, e.down ? 1 : 0, ImGui::GetFrameCount());
        if (e.kind == Event::Key) {
            if (e.code >= static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) {
                m_events.pop_front();
                continue;
            }
            // A release waits for the next frame when anything was pressed in this one,
            // so chords whose modifier goes up first (xdotool key ctrl+q) still arrive whole.
            if (!e.down && io.KeysDown[e.code] && pressedThisFrame) break;
            if (changedKeys.count(e.code) && io.KeysDown[e.code] != e.down) break;
            if (io.KeysDown[e.code] != e.down) changedKeys.insert(e.code);
            if (e.down && !io.KeysDown[e.code]) pressedThisFrame = true;
            io.KeysDown[e.code] = e.down;
        } else if (e.kind == Event::Button) {
            if (e.code < 0 || e.code >= 5) {
                m_events.pop_front();
                continue;
            }
            if (!e.down && m_buttons[e.code] && pressedThisFrame) break;
            if (changedButtons.count(e.code) && m_buttons[e.code] != e.down) break;
            if (m_buttons[e.code] != e.down) changedButtons.insert(e.code);
            if (e.down && !m_buttons[e.code]) pressedThisFrame = true;
            m_buttons[e.code] = e.down;
        } else if (e.kind == Event::Char) {
            if (e.code > 0 && e.code < 0x10000) io.AddInputCharacter(static_cast<unsigned>(e.code));
        } else {
            io.MouseWheelH += static_cast<float>(e.dx);
            io.MouseWheel += static_cast<float>(e.dy);
        }
        m_events.pop_front();
    }
    for (int b = 0; b < 5; ++b) io.MouseDown[b] = m_buttons[b];
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}

}  // namespace entgraph::gui
