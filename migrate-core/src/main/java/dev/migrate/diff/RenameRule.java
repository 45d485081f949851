package dev.migrate.diff;

import dev.migrate.schema.Table;

/**
 * What a table is after RENAME TABLE on a database: its new name, and on a database that derived the names of its
 * keys from the table's name, those names as the dialect renames them with it.
 */
@FunctionalInterface
public interface RenameRule {
    /** Only the table's name changes. */
    RenameRule NAME_ONLY = Table::withName;

    Table renamed(Table table, String newName);
}
