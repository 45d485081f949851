/**
 * The migration engine. Exported: the facade and the types of its API (configuration, results, errors and their
 * remedies, schema sources and the schema model), and the dialect SPI a database is added through. The dialects
 * themselves are not exported: they are found as services.
 */
module dev.migrate.core {
    requires transitive java.sql;
    requires java.management;

    exports dev.migrate;
    exports dev.migrate.base;
    exports dev.migrate.graph;
    exports dev.migrate.script;
    exports dev.migrate.schema;
    exports dev.migrate.diff;
    exports dev.migrate.lint;
    exports dev.migrate.dialect;
    exports dev.migrate.runtime;
    exports dev.migrate.autogenerate;
    exports dev.migrate.testing;

    uses dev.migrate.dialect.Dialect;
    uses java.sql.Driver;

    provides dev.migrate.dialect.Dialect with
            dev.migrate.dialect.sqlite.SqliteDialect,
            dev.migrate.dialect.postgres.PostgresDialect,
            dev.migrate.dialect.mariadb.MariaDbDialect;
}
