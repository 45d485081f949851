package dev.migrate.lint;

import dev.migrate.schema.SqlTokens;
import dev.migrate.schema.SqlTokens.Kind;
import dev.migrate.schema.SqlTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The column types the migrations give each table, replayed from their CREATE TABLE, ALTER TABLE, RENAME and DROP
 * statements: what a type rule needs to tell a widening from a narrowing or a rewrite. A table created some other way
 * (CREATE TABLE ... AS, a Java migration) is not known, and a rule says so rather than guess.
 */
public final class ColumnTypes {
    /** The words that end a column's type in its definition. */
    private static final Set<String> AFTER_TYPE = Set.of(
            "NOT",
            "NULL",
            "DEFAULT",
            "PRIMARY",
            "REFERENCES",
            "CHECK",
            "UNIQUE",
            "CONSTRAINT",
            "COLLATE",
            "GENERATED",
            "AUTO_INCREMENT",
            "AUTOINCREMENT",
            "COMMENT",
            "CHARSET",
            "USING",
            "FIRST",
            "AFTER",
            "AS",
            "KEY",
            "INVISIBLE",
            "VISIBLE",
            "STORED",
            "VIRTUAL",
            "ON",
            "IDENTITY",
            "SET",
            "DROP",
            "STORAGE",
            "COMPRESSION");

    private static final Set<String> MODIFIERS = Set.of("UNSIGNED", "SIGNED", "ZEROFILL");

    /** What may follow ADD or DROP when it is not a column. */
    private static final Set<String> NOT_COLUMN = Set.of(
            "CONSTRAINT",
            "PRIMARY",
            "UNIQUE",
            "FOREIGN",
            "CHECK",
            "INDEX",
            "KEY",
            "FULLTEXT",
            "SPATIAL",
            "PARTITION",
            "EXCLUDE",
            "DEFAULT",
            "PERIOD",
            "SYSTEM");

    private final Map<String, Map<String, ColumnType>> tables;

    public ColumnTypes() {
        this(new HashMap<>());
    }

    private ColumnTypes(Map<String, Map<String, ColumnType>> tables) {
        this.tables = tables;
    }

    /** A change of a column's type, with the type it had when the migrations before it say so. */
    public record TypeChange(String table, String column, Optional<ColumnType> from, ColumnType to, boolean using) {}

    /** The type of {@code table.column}, when the migrations so far say. */
    public Optional<ColumnType> of(String table, String column) {
        Map<String, ColumnType> t = tables.get(table);
        return t == null ? Optional.empty() : Optional.ofNullable(t.get(column));
    }

    ColumnTypes copy() {
        Map<String, Map<String, ColumnType>> out = new HashMap<>();
        tables.forEach((k, v) -> out.put(k, new HashMap<>(v)));
        return new ColumnTypes(out);
    }

    /**
     * The type changes in {@code s}: PostgreSQL's {@code ALTER [COLUMN] c [SET DATA] TYPE t [USING ...]},
     * MariaDB's {@code MODIFY [COLUMN] c t} and {@code CHANGE [COLUMN] a b t}, each with the type before it.
     */
    public List<TypeChange> changes(LintStatement s) {
        List<TypeChange> out = new ArrayList<>();
        if (!s.startsWith("ALTER", "TABLE")) {
            return out;
        }
        Optional<String> table = s.nameAt(2);
        if (table.isEmpty()) {
            return out;
        }
        for (List<Token> action : s.alterActions()) {
            if (action.isEmpty()) {
                continue;
            }
            int at = action.size() > 1 && action.get(1).is("COLUMN") ? 2 : 1;
            if (action.get(0).is("ALTER")) {
                int type = typeWord(action, at + 1);
                if (type > 0) {
                    String column = name(action.get(at));
                    boolean using = using(action, column);
                    out.add(new TypeChange(table.get(), column, of(table.get(), column), type(action, type), using));
                }
            } else if (action.get(0).is("MODIFY") && action.size() > at + 1) {
                String column = name(action.get(at));
                add(out, table.get(), column, column, type(action, at + 1));
            } else if (action.get(0).is("CHANGE") && action.size() > at + 2) {
                add(out, table.get(), name(action.get(at)), name(action.get(at + 1)), type(action, at + 2));
            }
        }
        return out;
    }

    private void add(List<TypeChange> out, String table, String before, String after, ColumnType to) {
        Optional<ColumnType> from = of(table, before);
        if (from.map(f -> !f.equals(to)).orElse(true)) {
            out.add(new TypeChange(table, after, from, to, false));
        }
    }

    /** Whether an ALTER TABLE action ({@code ADD ...}) adds a column rather than a key, index, check or partition. */
    public static boolean addsColumn(List<Token> action) {
        return action.size() > 1 && action.get(0).is("ADD") && !NOT_COLUMN.contains(upper(action.get(1)));
    }

    /** Replays {@code s} into the model. */
    void apply(LintStatement s) {
        if (s.startsWith("CREATE") && s.find(0, "TABLE") >= 0 && s.find(0, "TABLE") <= 3) {
            create(s);
        } else if (s.startsWith("DROP", "TABLE")) {
            for (Token t : s.tokens().subList(2, s.tokens().size())) {
                if (t.isName() && !t.is("IF") && !t.is("EXISTS") && !t.is("CASCADE") && !t.is("RESTRICT")) {
                    tables.remove(name(t));
                }
            }
        } else if (s.startsWith("RENAME", "TABLE")) {
            // RENAME TABLE a TO b, c TO d
            List<Token> t = s.tokens();
            for (int i = 2; i + 2 < t.size(); i++) {
                if (t.get(i + 1).is("TO")) {
                    move(name(t.get(i)), name(t.get(i + 2)));
                    i += 2;
                }
            }
        } else if (s.startsWith("ALTER", "TABLE")) {
            s.nameAt(2).ifPresent(table -> alter(s, table));
        }
    }

    private void create(LintStatement s) {
        int at = s.find(0, "TABLE");
        Optional<String> table = s.nameAt(at + 1);
        if (table.isEmpty()) {
            return;
        }
        int open = -1;
        for (int k = at + 1; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).isPunct('(')) {
                open = k;
                break;
            }
            if (s.tokens().get(k).is("AS") || s.tokens().get(k).is("LIKE")) {
                break;
            }
        }
        if (open < 0) {
            tables.remove(table.get()); // CREATE TABLE ... AS SELECT: its types are the query's
            return;
        }
        Map<String, ColumnType> columns = new HashMap<>();
        for (SqlTokens.Item item : SqlTokens.items(s.sql(), s.tokens(), open)) {
            List<Token> def = item.tokens();
            if (def.size() > 1
                    && def.get(0).isName()
                    && !NOT_COLUMN.contains(upper(def.get(0)))
                    && !def.get(0).is("LIKE")) {
                columns.put(name(def.get(0)), type(def, 1));
            }
        }
        tables.put(table.get(), columns);
    }

    private void alter(LintStatement s, String table) {
        for (List<Token> action : s.alterActions()) {
            if (action.isEmpty()) {
                continue;
            }
            int at = action.size() > 1 && action.get(1).is("COLUMN") ? 2 : 1;
            while (at < action.size()
                    && (action.get(at).is("IF")
                            || action.get(at).is("NOT")
                            || action.get(at).is("EXISTS"))) {
                at++;
            }
            Token first = action.get(0);
            if (addsColumn(action) && action.size() > at + 1) {
                put(table, name(action.get(at)), type(action, at + 1));
            } else if (first.is("DROP") && action.size() > at && !NOT_COLUMN.contains(upper(action.get(1)))) {
                Map<String, ColumnType> t = tables.get(table);
                if (t != null) {
                    t.remove(name(action.get(at)));
                }
            } else if (first.is("ALTER") && typeWord(action, at + 1) > 0) {
                put(table, name(action.get(at)), type(action, typeWord(action, at + 1)));
            } else if (first.is("MODIFY") && action.size() > at + 1) {
                put(table, name(action.get(at)), type(action, at + 1));
            } else if (first.is("CHANGE") && action.size() > at + 2) {
                Map<String, ColumnType> t = tables.get(table);
                if (t != null) {
                    t.remove(name(action.get(at)));
                }
                put(table, name(action.get(at + 1)), type(action, at + 2));
            } else if (first.is("RENAME") && action.size() > 1) {
                if (action.get(1).is("TO") || action.get(1).is("AS")) {
                    move(table, name(action.get(2)));
                } else if (!action.get(1).is("CONSTRAINT")
                        && !action.get(1).is("INDEX")
                        && !action.get(1).is("KEY")
                        && action.size() > at + 2
                        && action.get(at + 1).is("TO")) {
                    Map<String, ColumnType> t = tables.get(table);
                    if (t != null && t.containsKey(name(action.get(at)))) {
                        t.put(name(action.get(at + 2)), t.remove(name(action.get(at))));
                    }
                }
            }
        }
    }

    private void put(String table, String column, ColumnType type) {
        Map<String, ColumnType> t = tables.get(table);
        if (t != null) {
            t.put(column, type);
        }
    }

    private void move(String from, String to) {
        Map<String, ColumnType> t = tables.remove(from);
        if (t != null) {
            tables.put(to, t);
        }
    }

    /** The index of the type after {@code [SET DATA] TYPE} at or after {@code from}, or -1. */
    private static int typeWord(List<Token> action, int from) {
        for (int k = from; k < action.size() && k <= from + 2; k++) {
            if (action.get(k).is("TYPE")) {
                return k + 1 < action.size() ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** The type written from token {@code from}: its words, one parameter list, its modifiers, an array's []. */
    static ColumnType type(List<Token> def, int from) {
        List<String> words = new ArrayList<>();
        List<Integer> parameters = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        int k = from;
        while (k < def.size()) {
            Token t = def.get(k);
            if (t.isPunct('(') && parameters.isEmpty()) {
                int close = SqlTokens.closing(def, k);
                for (int p = k + 1; p < close; p++) {
                    if (def.get(p).kind() == Kind.NUMBER) {
                        parameters.add(number(def.get(p).text()));
                    }
                }
                k = close + 1;
                continue;
            }
            if (t.isPunct('[')) {
                words.add("[]");
                k = Math.min(def.size(), k + 2);
                continue;
            }
            if (t.kind() != Kind.WORD
                    || AFTER_TYPE.contains(upper(t))
                    || t.is("CHARACTER") && k + 1 < def.size() && def.get(k + 1).is("SET")) {
                break;
            }
            if (MODIFIERS.contains(upper(t))) {
                modifiers.add(t.value().toLowerCase(Locale.ROOT));
            } else {
                words.add(t.value().toLowerCase(Locale.ROOT));
            }
            k++;
        }
        return ColumnType.of(String.join(" ", words), parameters, String.join(" ", modifiers));
    }

    /** Whether the type change has a USING that does more than cast the column itself. */
    private static boolean using(List<Token> action, String column) {
        for (int k = 0; k < action.size(); k++) {
            if (action.get(k).is("USING")) {
                List<Token> expr = action.subList(k + 1, action.size());
                boolean plainCast = !expr.isEmpty()
                        && name(expr.get(0)).equals(column)
                        && (expr.size() == 1
                                || expr.size() >= 3
                                        && expr.get(1).isPunct(':')
                                        && expr.get(2).isPunct(':'));
                return !plainCast;
            }
        }
        return false;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String upper(Token t) {
        return t.value().toUpperCase(Locale.ROOT);
    }

    private static String name(Token t) {
        return t.kind() == Kind.QUOTED ? t.value() : t.value().toLowerCase(Locale.ROOT);
    }
}
