import dev.migrate.maven.it.ItDatabase as Db

new File(basedir, 'logs').mkdirs()

// Flyway's and Liquibase's bookkeeping in the database migrate manages, as when a project moves over.
Db.execute(new File(basedir, 'todo.db'),
        'CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, version VARCHAR(50))',
        "INSERT INTO flyway_schema_history VALUES (1, '1')",
        'CREATE TABLE DATABASECHANGELOG (id VARCHAR(255) NOT NULL)',
        'CREATE TABLE databasechangeloglock (id INTEGER PRIMARY KEY)')
