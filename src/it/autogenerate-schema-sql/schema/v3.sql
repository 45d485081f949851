CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- the unique constraint and the assignee's foreign key are dropped
CREATE TABLE todos (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    priority INTEGER,
    description TEXT NOT NULL DEFAULT '',
    due_date DATE,
    assignee_id INTEGER,
    CONSTRAINT fk_todos_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT ck_priority CHECK (priority BETWEEN 0 AND 5)
);
CREATE INDEX ix_todos_due ON todos (due_date);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL
);
