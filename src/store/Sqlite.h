#pragma once
// A thin RAII layer over the SQLite C API, used only by the workspace.
//
// Database owns one sqlite3* connection, Statement one sqlite3_stmt*; both are move-only
// and free their handle in the destructor.  Every failure becomes an entgraph::Error whose
// message names the database file and carries SQLite's own message, so a user can act on it
// ("database is locked", "file is not a database", "disk I/O error"...).
//
// Thread safety: a Database and its statements belong to one thread at a time.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace entgraph::sqlite {

class Database;

class Statement {
public:
    Statement() = default;
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& o) noexcept;
    Statement& operator=(Statement&& o) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.  Return *this so binds chain.
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, size_t value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) {
        return bind(index, std::string_view(text));
    }
    Statement& bindNull(int index);

    // Advances; true while a row is available.  Throws on error (busy after the timeout too).
    bool step();
    // Runs to completion, ignoring rows.
    void exec();
    // Rewinds and clears bindings so the statement can run again.
    void reset();

    int64_t getInt(int column) const;
    double getDouble(int column) const;
    std::string getText(int column) const;
    bool isNull(int column) const;
    int columnType(int column) const;  // SQLITE_INTEGER, SQLITE_TEXT...
    int columnCount() const;
    std::string columnName(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
};

class Database {
public:
    Database() = default;
    // flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE [| SQLITE_OPEN_CREATE].
    Database(const std::string& path, int flags);
    ~Database();
    Database(Database&& o) noexcept;
    Database& operator=(Database&& o) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements without results.
    void exec(std::string_view sql);
    // The first column of the first row of a query, or nullopt when it yields no row.
    std::optional<int64_t> queryInt(std::string_view sql);
    std::optional<std::string> queryText(std::string_view sql);

    int64_t lastInsertId() const;
    int changes() const;
    void setBusyTimeout(int milliseconds);

    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // Throws Error("<what> 'path': <sqlite message>") for the connection's last error.
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless commit() ran.  IMMEDIATE
// takes the write lock up front, so two writers wait on the busy timeout instead of
// deadlocking when both try to upgrade a read transaction.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

}  // namespace entgraph::sqlite
