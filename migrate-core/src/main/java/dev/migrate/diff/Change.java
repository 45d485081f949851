package dev.migrate.diff;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

import java.util.List;
import java.util.Optional;

/** One difference inside a table, as a dialect renders it when it can alter the table in place. */
public sealed interface Change {
    /** The changes of one kind, in their order. */
    static <T extends Change> List<T> only(List<Change> changes, Class<T> kind) {
        return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    String describe();

    /** Why applying this to a table with rows may fail or lose data, if it may. */
    default Optional<String> warning(Table before) {
        return Optional.empty();
    }

    record AddColumn(Column column) implements Change {
        public String describe() {
            return "add column " + column.describe();
        }

        @Override
        public Optional<String> warning(Table before) {
            return !column.nullable() && column.defaultValue() == null && column.generated() == null
                    ? Optional.of("adds NOT NULL column " + column.name() + " without a default: fails if the table "
                            + "has rows")
                    : Optional.empty();
        }
    }

    record DropColumn(Column column) implements Change {
        public String describe() {
            return "drop column " + column.name();
        }

        @Override
        public Optional<String> warning(Table before) {
            return Optional.of("drops column " + column.name() + " and its data");
        }
    }

    record RenameColumn(String from, String to) implements Change {
        public String describe() {
            return "rename column " + from + " to " + to;
        }
    }

    record AlterColumn(Column before, Column after) implements Change {
        public String describe() {
            return "alter column " + before.describe() + " -> " + after.describe();
        }

        @Override
        public Optional<String> warning(Table table) {
            if (!before.type().equals(after.type())) {
                return Optional.of("changes the type of " + after.name() + " from " + before.type() + " to "
                        + after.type() + ": check that every value converts");
            }
            if (before.nullable() && !after.nullable() && after.defaultValue() == null) {
                return Optional.of("makes " + after.name() + " NOT NULL: fails if a row holds NULL there");
            }
            boolean generation = !java.util.Objects.equals(before.generated(), after.generated())
                    || before.generated() != null && before.stored() != after.stored();
            if (generation) {
                return Optional.of("changes how " + after.name() + " is generated: where the database cannot alter "
                        + "that in place, the column is dropped and added again, and a plain column's values are lost");
            }
            return Optional.empty();
        }
    }

    record AlterPrimaryKey(PrimaryKey before, PrimaryKey after) implements Change {
        public String describe() {
            return "primary key " + (before == null ? "none" : before.columns()) + " -> "
                    + (after == null ? "none" : after.columns());
        }

        @Override
        public Optional<String> warning(Table table) {
            return after == null
                    ? Optional.empty()
                    : Optional.of("sets the primary key " + after.columns() + ": fails if rows repeat a key");
        }
    }

    record AddForeignKey(ForeignKey key) implements Change {
        public String describe() {
            return "add foreign key " + key.describe();
        }

        @Override
        public Optional<String> warning(Table table) {
            return Optional.of("adds foreign key " + key.describe() + ": fails if a row references a missing row");
        }
    }

    record DropForeignKey(ForeignKey key) implements Change {
        public String describe() {
            return "drop foreign key " + key.describe();
        }
    }

    record AddUnique(UniqueConstraint unique) implements Change {
        public String describe() {
            return "add unique (" + String.join(", ", unique.columns()) + ")";
        }

        @Override
        public Optional<String> warning(Table table) {
            return Optional.of(
                    "adds UNIQUE (" + String.join(", ", unique.columns()) + "): fails if rows hold " + "duplicates");
        }
    }

    record DropUnique(UniqueConstraint unique) implements Change {
        public String describe() {
            return "drop unique (" + String.join(", ", unique.columns()) + ")";
        }
    }

    record AddCheck(CheckConstraint check) implements Change {
        public String describe() {
            return "add check (" + check.expression() + ")";
        }

        @Override
        public Optional<String> warning(Table table) {
            return Optional.of("adds CHECK (" + check.expression() + "): fails if a row violates it");
        }
    }

    record DropCheck(CheckConstraint check) implements Change {
        public String describe() {
            return "drop check (" + check.expression() + ")";
        }
    }

    record AddIndex(Index index) implements Change {
        public String describe() {
            return "add " + index.describe();
        }

        @Override
        public Optional<String> warning(Table table) {
            return index.unique()
                    ? Optional.of("adds unique index " + index.name() + ": fails if rows hold duplicates")
                    : Optional.empty();
        }
    }

    record TableComment(String before, String after) implements Change {
        public String describe() {
            return "comment " + (after == null ? "removed" : "'" + after + "'");
        }
    }

    /** The table's options (SQLite's STRICT, WITHOUT ROWID) change; null is none. */
    record TableOptions(String before, String after) implements Change {
        public String describe() {
            return "options " + (before == null ? "none" : before) + " -> " + (after == null ? "none" : after);
        }
    }

    record DropIndex(Index index) implements Change {
        public String describe() {
            return "drop index " + index.name();
        }
    }
}
