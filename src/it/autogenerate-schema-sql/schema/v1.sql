CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    title VARCHAR(100) NOT NULL,
    legacy_code TEXT
);

CREATE TABLE todos (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    priority TEXT,
    description TEXT,
    obsolete_flag INTEGER,
    CONSTRAINT fk_todos_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT ck_title CHECK (length(title) > 0)
);
CREATE INDEX ix_todos_title ON todos (title);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
