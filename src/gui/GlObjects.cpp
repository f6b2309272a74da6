#include "gui/GlObjects.h"

#include <regex>
#include <sstream>

#include "core/Error.h"
#include "core/Resources.h"

namespace entgraph::gui {

namespace detail {
void deleteBuffer(GLuint id) {
    glDeleteBuffers(1, &id);
}
void deleteVertexArray(GLuint id) {
    glDeleteVertexArrays(1, &id);
}
void deleteTexture(GLuint id) {
    glDeleteTextures(1, &id);
}
void deleteFramebuffer(GLuint id) {
    glDeleteFramebuffers(1, &id);
}
void deleteRenderbuffer(GLuint id) {
    glDeleteRenderbuffers(1, &id);
}
void deleteProgram(GLuint id) {
    glDeleteProgram(id);
}
}  // namespace detail

GlBuffer makeBuffer() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    return GlBuffer(id);
}

GlVertexArray makeVertexArray() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    return GlVertexArray(id);
}

std::string formatShaderLog(std::string_view name, std::string_view log) {
    // Mesa: "0:12(3): error: ..."; NVIDIA: "0(12) : error ..."; others: "ERROR: 0:12: ...".
    static const std::regex kMesa(R"(^\s*\d+:(\d+)\(\d+\):\s*(.*)$)");
    static const std::regex kNvidia(R"(^\s*\d+\((\d+)\)\s*:\s*(.*)$)");
    static const std::regex kGeneric(R"(^\s*(?:ERROR|WARNING):\s*\d+:(\d+):\s*(.*)$)");
    std::ostringstream out;
    std::istringstream in{std::string(log)};
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::smatch m;
        if (std::regex_match(line, m, kMesa) || std::regex_match(line, m, kNvidia) ||
            std::regex_match(line, m, kGeneric))
            out << name << ':' << m[1] << ": " << m[2] << '\n';
        else
            out << name << ": " << line << '\n';
    }
    std::string s = out.str();
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

namespace {

GLuint compile(GLenum kind, std::string_view name, std::string_view source) {
    const GLuint shader = glCreateShader(kind);
    const char* text = source.data();
    const GLint len = static_cast<GLint>(source.size());
    glShaderSource(shader, 1, &text, &len);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint logLen = 0;
        glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &logLen);
        std::string log(static_cast<size_t>(std::max(logLen, 1)), '\0');
        glGetShaderInfoLog(shader, logLen, nullptr, log.data());
        glDeleteShader(shader);
        throw Error("shader " + formatShaderLog(name, log.c_str()));
    }
    return shader;
}

}  // namespace

GlProgram buildProgramFromSource(std::string_view vertexName, std::string_view vertexSource,
                                 std::string_view fragmentName, std::string_view fragmentSource) {
    const GLuint vs = compile(GL_VERTEX_SHADER, vertexName, vertexSource);
    GLuint fs = 0;
    try {
        fs = compile(GL_FRAGMENT_SHADER, fragmentName, fragmentSource);
    } catch (...) {
        glDeleteShader(vs);
        throw;
    }
    GlProgram program(glCreateProgram());
    glAttachShader(program.id(), vs);
    glAttachShader(program.id(), fs);
    glLinkProgram(program.id());
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (!ok) {
        GLint logLen = 0;
        glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &logLen);
        std::string log(static_cast<size_t>(std::max(logLen, 1)), '\0');
        glGetProgramInfoLog(program.id(), logLen, nullptr, log.data());
        throw Error("shader program " + std::string(vertexName) + " + " +
                    std::string(fragmentName) + " does not link: " + log.c_str());
    }
    return program;
}

GlProgram buildProgram(std::string_view vertexPath, std::string_view fragmentPath) {
    return buildProgramFromSource(vertexPath, resource(vertexPath), fragmentPath,
                                  resource(fragmentPath));
}

OffscreenTarget::OffscreenTarget(int width, int height) : m_width(width), m_height(height) {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width <= 0 || height <= 0 || width > maxSize || height > maxSize)
        throw Error("snapshot size " + std::to_string(width) + "x" + std::to_string(height) +
                    " is not supported (at most " + std::to_string(maxSize) + " pixels a side)");
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    m_fbo = GlFramebuffer(id);
    glGenRenderbuffers(1, &id);
    m_color = GlRenderbuffer(id);
    glBindRenderbuffer(GL_RENDERBUFFER, m_color.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_color.id());
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        throw Error("cannot create an offscreen image of " + std::to_string(width) + "x" +
                    std::to_string(height) + " pixels");
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
    glViewport(0, 0, m_width, m_height);
}

void OffscreenTarget::unbind() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace entgraph::gui
