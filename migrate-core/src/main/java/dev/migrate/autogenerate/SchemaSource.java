package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.SchemaStatement;

import java.util.List;

/**
 * Where the desired schema comes from: DDL that, run on an empty scratch database of the target dialect, builds it.
 * The database itself then says what the schema is, so no SQL of the source is interpreted by migrate.
 */
public interface SchemaSource {
    /** For messages: {@code src/main/resources/db/schema.sql}, {@code JPA entities of target/classes}. */
    String describe();

    List<SchemaStatement> statements(Dialect dialect);

    RenameHints hints();

    /**
     * False when the source cannot express foreign keys on this dialect (Hibernate on SQLite writes none); then
     * the foreign keys the migrations made are kept rather than reported as missing from the model.
     */
    default boolean expressesForeignKeys(Dialect dialect) {
        return true;
    }
}
