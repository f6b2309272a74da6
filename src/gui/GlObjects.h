#pragma once
// Move-only RAII wrappers for the OpenGL objects the canvas uses.  Each owns one GL name
// and deletes it in its destructor; they must be destroyed while the context is current
// (the App destroys the canvas before the window).
#include <GL/glcorearb.h>

#include <string>
#include <string_view>
#include <utility>

namespace entgraph::gui {

template <void (*Delete)(GLuint)>
class GlName {
public:
    GlName() = default;
    explicit GlName(GLuint id) : m_id(id) {}
    ~GlName() { reset(); }
    GlName(GlName&& o) noexcept : m_id(std::exchange(o.m_id, 0)) {}
    GlName& operator=(GlName&& o) noexcept {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, 0);
        }
        return *this;
    }
    GlName(const GlName&) = delete;
    GlName& operator=(const GlName&) = delete;
    GLuint id() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }
    void reset() {
        if (m_id) Delete(m_id);
        m_id = 0;
    }

private:
    GLuint m_id = 0;
};

namespace detail {
void deleteBuffer(GLuint id);
void deleteVertexArray(GLuint id);
void deleteTexture(GLuint id);
void deleteFramebuffer(GLuint id);
void deleteRenderbuffer(GLuint id);
void deleteProgram(GLuint id);
}  // namespace detail

using GlBuffer = GlName<detail::deleteBuffer>;
using GlVertexArray = GlName<detail::deleteVertexArray>;
using GlTexture = GlName<detail::deleteTexture>;
using GlFramebuffer = GlName<detail::deleteFramebuffer>;
using GlRenderbuffer = GlName<detail::deleteRenderbuffer>;
using GlProgram = GlName<detail::deleteProgram>;

GlBuffer makeBuffer();
GlVertexArray makeVertexArray();

// Compiles and links a program from two embedded shader files ("shaders/node.vert").
// Throws entgraph::Error naming the shader file and the line of the first error, e.g.
// "shader shaders/node.frag:12: 'foo' : undeclared identifier".
GlProgram buildProgram(std::string_view vertexPath, std::string_view fragmentPath);
// The same from source text (tests of the error path, snapshots).
GlProgram buildProgramFromSource(std::string_view vertexName, std::string_view vertexSource,
                                 std::string_view fragmentName, std::string_view fragmentSource);

// Turns a driver's info log ("0:12(3): error: ...", "ERROR: 0:12: ...") into
// "NAME:LINE: message" lines; kept separate so it can be unit-tested without GL.
std::string formatShaderLog(std::string_view name, std::string_view log);

// An offscreen colour+depth target for canvas snapshots at any resolution.
class OffscreenTarget {
public:
    OffscreenTarget(int width, int height);  // throws Error when incomplete
    void bind() const;
    static void unbind();
    int width() const { return m_width; }
    int height() const { return m_height; }

private:
    int m_width = 0, m_height = 0;
    GlFramebuffer m_fbo;
    GlRenderbuffer m_color;
};

}  // namespace entgraph::gui
