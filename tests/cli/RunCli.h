#pragma once
// Runs build/entgraph as a user would (through the shell) and captures its output.
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// `args` is appended to the binary's path verbatim (quote paths yourself).
inline CliResult runCli(const std::string& args, const std::string& stdinText = {}) {
    namespace fs = std::filesystem;
    static int counter = 0;
    const fs::path dir = fs::temp_directory_path() / ("entgraph-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path errPath = dir / ("err" + std::to_string(++counter));
    const fs::path inPath = dir / ("in" + std::to_string(counter));
    std::ofstream(inPath, std::ios::binary) << stdinText;
    const std::string command = std::string("'") + ENTGRAPH_BINARY + "' " + args + " <'" +
                                inPath.string() + "' 2>'" + errPath.string() + "'";
    CliResult r;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return r;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
    const int status = ::pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = readWholeFile(errPath);
    return r;
}

inline std::string quoted(const std::filesystem::path& p) {
    return "'" + p.string() + "'";
}
