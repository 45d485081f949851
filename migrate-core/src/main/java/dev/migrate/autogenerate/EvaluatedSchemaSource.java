package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.SchemaStatement;

import java.util.List;

/**
 * A schema source whose statements for one dialect are already produced, so that they can be run on another
 * thread: producing them may need the caller's class loader (JPA entities), running them only a connection.
 */
public final class EvaluatedSchemaSource implements SchemaSource {
    private final SchemaSource source;
    private final Dialect dialect;
    private final List<SchemaStatement> statements;

    public EvaluatedSchemaSource(SchemaSource source, Dialect dialect) {
        this.source = source;
        this.dialect = dialect;
        this.statements = List.copyOf(source.statements(dialect));
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public List<SchemaStatement> statements(Dialect requested) {
        if (!requested.name().equals(dialect.name())) {
            throw new IllegalArgumentException(
                    "Statements were produced for " + dialect.name() + ", not " + requested.name());
        }
        return statements;
    }

    @Override
    public RenameHints hints() {
        return source.hints();
    }

    @Override
    public boolean expressesForeignKeys(Dialect requested) {
        return source.expressesForeignKeys(requested);
    }
}
