import dev.migrate.maven.it.ItDatabase as Db

// On PostgreSQL and MariaDB: a fresh database of this project's own, used by all of its Maven runs.
Db.prepare(basedir, database)
