package dev.migrate.dialect;

import dev.migrate.diff.SqlRenderer;
import dev.migrate.script.SqlLexer;
import dev.migrate.script.StatementSplitter;

import java.util.List;

/** What a dialect is made of (its name, URLs, lexer, renderer and Hibernate dialect); a subclass adds the rest. */
public abstract class BaseDialect implements Dialect {
    private final String name;
    private final List<String> urlPrefixes;
    private final StatementSplitter splitter;
    private final SqlRenderer renderer;
    private final boolean transactionalDdl;
    private final String hibernateDialect;

    /**
     * @param urlPrefixes      the starts of the JDBC URLs this dialect serves, e.g. {@code jdbc:sqlite:}
     * @param transactionalDdl whether DDL takes part in transactions, or commits as it goes
     */
    protected BaseDialect(
            String name,
            List<String> urlPrefixes,
            SqlLexer lexer,
            SqlRenderer renderer,
            boolean transactionalDdl,
            String hibernateDialect) {
        this.name = name;
        this.urlPrefixes = List.copyOf(urlPrefixes);
        this.splitter = new StatementSplitter(lexer);
        this.renderer = renderer;
        this.transactionalDdl = transactionalDdl;
        this.hibernateDialect = hibernateDialect;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean handles(String jdbcUrl) {
        return urlPrefixes.stream().anyMatch(jdbcUrl::startsWith);
    }

    @Override
    public StatementSplitter splitter() {
        return splitter;
    }

    @Override
    public SqlRenderer renderer() {
        return renderer;
    }

    @Override
    public boolean transactionalDdl() {
        return transactionalDdl;
    }

    @Override
    public String hibernateDialect() {
        return hibernateDialect;
    }

    /**
     * {@code name} when it matches {@code pattern}, which a tenant name must so that it goes into a URL and a
     * statement unquoted and means the same in both.
     *
     * @throws IllegalArgumentException saying what {@code rule} a name must follow
     */
    protected static String tenantName(String name, java.util.regex.Pattern pattern, String rule) {
        if (!pattern.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a tenant name here: " + rule);
        }
        return name;
    }
}
