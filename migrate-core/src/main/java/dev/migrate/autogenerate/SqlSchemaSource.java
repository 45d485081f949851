package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.RenameHints;
import dev.migrate.schema.SchemaStatement;
import dev.migrate.script.ScriptFormatException;
import dev.migrate.script.ScriptText;
import dev.migrate.script.Statement;
import dev.migrate.script.StatementSyntaxException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Declarative SQL files ({@code schema.sql}) as the desired schema. A comment {@code -- migrate:renamed_from old}
 * just above a CREATE TABLE, or above (or after, on its line) a column definition, says it had another name.
 */
public final class SqlSchemaSource implements SchemaSource {
    private final List<Path> files;
    private final Path base;
    private RenameHints hints;

    /** @param base the directory file names are shown relative to */
    public SqlSchemaSource(List<Path> files, Path base) {
        this.files = List.copyOf(files);
        this.base = base;
    }

    @Override
    public String describe() {
        return files.stream().map(this::shown).collect(Collectors.joining(", "));
    }

    private String shown(Path file) {
        return base == null || !file.startsWith(base)
                ? file.toString()
                : base.relativize(file).toString();
    }

    @Override
    public List<SchemaStatement> statements(Dialect dialect) {
        List<SchemaStatement> out = new ArrayList<>();
        RenameHints found = RenameHints.none();
        for (Path file : files) {
            for (Statement s : split(file, dialect)) {
                out.add(new SchemaStatement(s.sql(), shown(file) + ":" + s.line()));
                RenameComments.read(s, found);
            }
        }
        hints = found;
        return out;
    }

    private List<Statement> split(Path file, Dialect dialect) {
        try {
            return dialect.splitter().split(ScriptText.read(file), 1);
        } catch (StatementSyntaxException e) {
            throw new ScriptFormatException(shown(file), e.line(), e.problem(), e.remedy());
        }
    }

    @Override
    public RenameHints hints() {
        if (hints == null) {
            throw new IllegalStateException("statements() first");
        }
        return hints;
    }
}
