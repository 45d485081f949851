package dev.migrate.lint;

import dev.migrate.script.Script;
import dev.migrate.script.Statement;
import dev.migrate.script.StatementSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A migration as the rules see it: its upgrade and downgrade statements, whether it runs in a transaction, and what
 * the linter knows of the database: which tables the script itself creates (a lock on a new, empty table harms
 * nobody) and, when connected, the server's major version.
 */
public final class LintScript {
    private final Script script;
    private final List<LintStatement> upgrade;
    private final List<LintStatement> downgrade;
    private final boolean transactionalDdl;
    private final Optional<ServerVersion> serverVersion;
    private final List<List<ColumnTypes.TypeChange>> typeChanges = new ArrayList<>();

    LintScript(
            Script script,
            StatementSplitter splitter,
            boolean transactionalDdl,
            Optional<ServerVersion> serverVersion,
            ColumnTypes before) {
        this.script = script;
        this.upgrade = script.isJava() ? List.of() : read(script.body().upgradeStatements(splitter), splitter);
        this.downgrade = script.isJava() ? List.of() : read(script.body().downgradeStatements(splitter), splitter);
        this.transactionalDdl = transactionalDdl;
        this.serverVersion = serverVersion;
        ColumnTypes types = before.copy();
        for (LintStatement s : upgrade) {
            typeChanges.add(types.changes(s));
            types.apply(s);
        }
    }

    /** Replays the upgrade into {@code types}, for the scripts after it. */
    void replay(ColumnTypes types) {
        upgrade.forEach(types::apply);
    }

    private static List<LintStatement> read(List<Statement> statements, StatementSplitter splitter) {
        return statements.stream()
                .map(s -> LintStatement.of(s, splitter.lexer()))
                .toList();
    }

    public Script script() {
        return script;
    }

    public String location() {
        return script.location();
    }

    public List<LintStatement> upgrade() {
        return upgrade;
    }

    public List<LintStatement> downgrade() {
        return downgrade;
    }

    /** Whether its statements share one transaction: a transactional script on a database whose DDL can roll back. */
    public boolean inTransaction() {
        return script.transactional() && transactionalDdl;
    }

    /** The database's major version when the linter is connected to it. */
    public Optional<Integer> serverMajorVersion() {
        return serverVersion.map(ServerVersion::major);
    }

    /** The database's release when the linter is connected to it. */
    public Optional<ServerVersion> serverVersion() {
        return serverVersion;
    }

    /** The column type changes statement {@code index} makes, each with the type the migrations before gave. */
    public List<ColumnTypes.TypeChange> typeChanges(int index) {
        return typeChanges.get(index);
    }

    /** Whether {@code table} is created by a statement of this script before statement {@code index}. */
    public boolean createdHere(String table, int index) {
        for (int i = 0; i < index && i < upgrade.size(); i++) {
            LintStatement s = upgrade.get(i);
            if (s.startsWith("CREATE", "TABLE")
                    || s.startsWith("CREATE", "TEMPORARY", "TABLE")
                    || s.startsWith("CREATE", "UNLOGGED", "TABLE")) {
                int at = s.find(0, "TABLE");
                if (s.nameAt(at + 1).map(table::equals).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the table named at token {@code at} of statement {@code index} existed before this script. */
    public boolean existing(int index, int at) {
        return upgrade.get(index).nameAt(at).map(t -> !createdHere(t, index)).orElse(true);
    }

    /** Whether the upgrade changes rows (INSERT, UPDATE, DELETE, MERGE). */
    public boolean changesRows() {
        return upgrade.stream().anyMatch(LintScript::isDml);
    }

    static boolean isDml(LintStatement s) {
        return s.startsWith("INSERT")
                || s.startsWith("UPDATE")
                || s.startsWith("DELETE")
                || s.startsWith("MERGE")
                || s.startsWith("REPLACE")
                || s.startsWith("WITH") && (s.has("INSERT") || s.has("UPDATE") || s.has("DELETE"));
    }

    static boolean isDdl(LintStatement s) {
        return s.startsWith("CREATE")
                || s.startsWith("ALTER")
                || s.startsWith("DROP")
                || s.startsWith("RENAME")
                || s.startsWith("TRUNCATE");
    }
}
