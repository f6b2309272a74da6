// xdnd_drop: drops files onto an X window the way a file manager does, for the GUI tests
// (xdotool moves the mouse and types but cannot drag files).
//
//   xdnd_drop WINDOW X Y PATH...
//
// WINDOW is the target's X window id (decimal or 0x hex, e.g. from `xdotool search`);
// X, Y the drop point in root-window pixels.  It acts as an XDND (version 5) source: owns
// the XdndSelection, sends XdndEnter (offering text/uri-list), XdndPosition, and on the
// target's XdndStatus XdndDrop; answers the target's SelectionRequest with the paths as
// file:// URIs, and waits for XdndFinished.
//
// Exit status: 0 when the target accepted and finished the drop; 1 when it refused it
// or did not answer within 10 seconds; 2 on bad arguments or no display.  Messages go
// to stderr.
#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

namespace {

// A window that vanished (or never was) must give a message and exit status 1, not
// Xlib's default abort.
int xError(Display* d, XErrorEvent* e) {
    char text[256] = {};
    XGetErrorText(d, e->error_code, text, sizeof text);
    std::fprintf(stderr, "xdnd_drop: X error on resource 0x%lx: %s\n", e->resourceid, text);
    std::exit(1);
}

struct DisplayCloser {
    void operator()(Display* d) const { XCloseDisplay(d); }
};
using DisplayPtr = std::unique_ptr<Display, DisplayCloser>;

// The invisible source window that owns the selection; destroyed with the tool.
class SourceWindow {
public:
    explicit SourceWindow(Display* d)
        : m_display(d),
          m_window(XCreateSimpleWindow(d, DefaultRootWindow(d), -10, -10, 1, 1, 0, 0, 0)) {}
    ~SourceWindow() { XDestroyWindow(m_display, m_window); }
    SourceWindow(const SourceWindow&) = delete;
    SourceWindow& operator=(const SourceWindow&) = delete;
    Window id() const { return m_window; }

private:
    Display* m_display;
    Window m_window;
};

// file:// URI of an absolute path, with every byte outside the unreserved set escaped.
std::string fileUri(const std::string& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "file://";
    for (unsigned char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '_' || c == '.' ||
                           c == '~';
        if (plain) {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: xdnd_drop WINDOW X Y PATH...\n");
        return 2;
    }
    char* end = nullptr;
    const Window target = std::strtoul(argv[1], &end, 0);
    if (!end || *end || target == 0) {
        std::fprintf(stderr, "xdnd_drop: '%s' is not a window id\n", argv[1]);
        return 2;
    }
    const long x = std::strtol(argv[2], nullptr, 10), y = std::strtol(argv[3], nullptr, 10);
    std::string uriList;
    for (int i = 4; i < argc; ++i) uriList += fileUri(argv[i]) + "\r\n";

    DisplayPtr display(XOpenDisplay(nullptr));
    if (!display) {
        std::fprintf(stderr, "xdnd_drop: cannot open the X display\n");
        return 2;
    }
    Display* d = display.get();
    XSetErrorHandler(xError);
    auto atom = [d](const char* name) { return XInternAtom(d, name, False); };
    const Atom xdndAware = atom("XdndAware"), xdndEnter = atom("XdndEnter"),
               xdndPosition = atom("XdndPosition"), xdndStatus = atom("XdndStatus"),
               xdndDrop = atom("XdndDrop"), xdndFinished = atom("XdndFinished"),
               xdndLeave = atom("XdndLeave"), xdndSelection = atom("XdndSelection"),
               actionCopy = atom("XdndActionCopy"), uriListType = atom("text/uri-list");

    // The target must say it takes drops (GLFW sets XdndAware on its windows).
    {
        Atom type = None;
        int format = 0;
        unsigned long items = 0, after = 0;
        unsigned char* data = nullptr;
        const int rc = XGetWindowProperty(d, target, xdndAware, 0, 1, False, XA_ATOM, &type,
                                          &format, &items, &after, &data);
        const bool aware = rc == Success && type == XA_ATOM && items == 1;
        if (data) XFree(data);
        if (!aware) {
            std::fprintf(stderr, "xdnd_drop: window 0x%lx is not XdndAware\n", target);
            return 1;
        }
    }

    SourceWindow source(d);
    XSelectInput(d, source.id(), PropertyChangeMask);
    XSetSelectionOwner(d, xdndSelection, source.id(), CurrentTime);

    auto send = [&](Atom type, long l1, long l2, long l3, long l4) {
        XEvent e{};
        e.xclient.type = ClientMessage;
        e.xclient.display = d;
        e.xclient.window = target;
        e.xclient.message_type = type;
        e.xclient.format = 32;
        e.xclient.data.l[0] = static_cast<long>(source.id());
        e.xclient.data.l[1] = l1;
        e.xclient.data.l[2] = l2;
        e.xclient.data.l[3] = l3;
        e.xclient.data.l[4] = l4;
        XSendEvent(d, target, False, NoEventMask, &e);
        XFlush(d);
    };
    // Version 5, three types or fewer (listed in the message itself).
    send(xdndEnter, 5L << 24, static_cast<long>(uriListType), None, None);
    send(xdndPosition, 0, (x << 16) | (y & 0xffff), CurrentTime, static_cast<long>(actionCopy));

    bool dropped = false, delivered = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        if (!XPending(d)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        XEvent e;
        XNextEvent(d, &e);
        if (e.type == ClientMessage && e.xclient.message_type == xdndStatus && !dropped) {
            if (!(e.xclient.data.l[1] & 1)) {
                std::fprintf(stderr, "xdnd_drop: the target refuses text/uri-list here\n");
                send(xdndLeave, 0, 0, 0, 0);
                return 1;
            }
            send(xdndDrop, 0, CurrentTime, 0, 0);
            dropped = true;
        } else if (e.type == SelectionRequest) {
            // The target asks for the data: write it on its window and tell it so.
            const XSelectionRequestEvent& req = e.xselectionrequest;
            XEvent reply{};
            reply.xselection.type = SelectionNotify;
            reply.xselection.display = d;
            reply.xselection.requestor = req.requestor;
            reply.xselection.selection = req.selection;
            reply.xselection.target = req.target;
            reply.xselection.time = req.time;
            reply.xselection.property = None;
            if (req.target == uriListType && req.property != None) {
                XChangeProperty(d, req.requestor, req.property, uriListType, 8, PropModeReplace,
                                reinterpret_cast<const unsigned char*>(uriList.data()),
                                static_cast<int>(uriList.size()));
                reply.xselection.property = req.property;
                delivered = true;
            }
            XSendEvent(d, req.requestor, False, NoEventMask, &reply);
            XFlush(d);
        } else if (e.type == ClientMessage && e.xclient.message_type == xdndFinished) {
            const bool accepted = (e.xclient.data.l[1] & 1) != 0;
            if (!accepted || !delivered) {
                std::fprintf(stderr, "xdnd_drop: the target did not accept the drop\n");
                return 1;
            }
            return 0;
        }
    }
    std::fprintf(stderr, "xdnd_drop: no answer from window 0x%lx (%s)\n", target,
                 dropped ? "after XdndDrop" : "to XdndPosition");
    return 1;
}
