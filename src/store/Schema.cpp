#include "store/Schema.h"

namespace entgraph::schema {

namespace {

// Version 1: articles, entities, aliases, mentions, relations, evidence, layouts, view
// state, the edit log and the full-text indexes kept in sync by triggers.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('format', 'entgraph workspace');

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT NOT NULL,
    text TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    hidden INTEGER NOT NULL DEFAULT 0,
    pinned INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    entity INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL
);
CREATE INDEX aliases_entity ON aliases(entity);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    entity INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sent_start INTEGER NOT NULL,
    sent_end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_article ON mentions(article);
CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES entities(id),
    target INTEGER NOT NULL REFERENCES entities(id),
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    negated INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, target, type, label, negated)
);
CREATE INDEX relations_target ON relations(target);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    relation INTEGER NOT NULL REFERENCES relations(id),
    article INTEGER NOT NULL REFERENCES articles(id),
    sent_start INTEGER NOT NULL,
    sent_end INTEGER NOT NULL,
    src_start INTEGER NOT NULL,
    src_end INTEGER NOT NULL,
    tgt_start INTEGER NOT NULL,
    tgt_end INTEGER NOT NULL
);
CREATE INDEX evidence_relation ON evidence(relation);
CREATE INDEX evidence_article ON evidence(article);

CREATE TABLE layouts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, saved TEXT NOT NULL);
CREATE TABLE layout_positions (
    layout INTEGER NOT NULL REFERENCES layouts(id) ON DELETE CASCADE,
    entity INTEGER NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    PRIMARY KEY (layout, entity)
);
CREATE TABLE view_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE edits (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    created TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE edit_changes (
    id INTEGER PRIMARY KEY,
    edit INTEGER NOT NULL REFERENCES edits(id) ON DELETE CASCADE,
    tbl TEXT NOT NULL,
    old TEXT,
    new TEXT
);
CREATE INDEX edit_changes_edit ON edit_changes(edit);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', OLD.id, OLD.title, OLD.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', OLD.id, OLD.title, OLD.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (NEW.id, NEW.title, NEW.text);
END;

CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases);
CREATE TRIGGER entities_fts_ai AFTER INSERT ON entities BEGIN
    INSERT INTO entities_fts(rowid, name, aliases) VALUES (NEW.id, NEW.name,
        coalesce((SELECT group_concat(alias, ' ') FROM aliases WHERE entity = NEW.id), ''));
END;
CREATE TRIGGER entities_fts_ad AFTER DELETE ON entities BEGIN
    DELETE FROM entities_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER entities_fts_au AFTER UPDATE OF name ON entities BEGIN
    UPDATE entities_fts SET name = NEW.name WHERE rowid = NEW.id;
END;
CREATE TRIGGER aliases_fts_ai AFTER INSERT ON aliases BEGIN
    UPDATE entities_fts SET aliases =
        coalesce((SELECT group_concat(alias, ' ') FROM aliases WHERE entity = NEW.entity), '')
        WHERE rowid = NEW.entity;
END;
CREATE TRIGGER aliases_fts_ad AFTER DELETE ON aliases BEGIN
    UPDATE entities_fts SET aliases =
        coalesce((SELECT group_concat(alias, ' ') FROM aliases WHERE entity = OLD.entity), '')
        WHERE rowid = OLD.entity;
END;
CREATE TRIGGER aliases_fts_au AFTER UPDATE ON aliases BEGIN
    UPDATE entities_fts SET aliases =
        coalesce((SELECT group_concat(alias, ' ') FROM aliases WHERE entity = OLD.entity), '')
        WHERE rowid = OLD.entity;
    UPDATE entities_fts SET aliases =
        coalesce((SELECT group_concat(alias, ' ') FROM aliases WHERE entity = NEW.entity), '')
        WHERE rowid = NEW.entity;
END;
)sql";

// Version 2: merge suggestions the user dismissed (a < b), so they are not offered again.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE dismissed_pairs (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);
)sql";

}  // namespace

const std::vector<std::string_view>& migrations() {
    static const std::vector<std::string_view> all = {kVersion1, kVersion2};
    return all;
}

}  // namespace entgraph::schema
