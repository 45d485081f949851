-- users is new; tags is gone; notes is now comments; projects.title is now name
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    -- migrate:renamed_from title
    name VARCHAR(100) NOT NULL
);

CREATE TABLE todos (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    priority INTEGER,
    description TEXT NOT NULL DEFAULT '',
    due_date DATE,
    assignee_id INTEGER,
    CONSTRAINT fk_todos_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT fk_todos_assignee FOREIGN KEY (assignee_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT uq_todos_project_title UNIQUE (project_id, title),
    CONSTRAINT ck_priority CHECK (priority BETWEEN 0 AND 5)
);
CREATE INDEX ix_todos_due ON todos (due_date);

-- migrate:renamed_from notes
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL
);
