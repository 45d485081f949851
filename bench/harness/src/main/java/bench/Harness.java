package bench;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.runtime.Status;
import dev.migrate.diff.SchemaComparison;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.dialect.Database;
import dev.migrate.dialect.DatabaseConfig;
import dev.migrate.runtime.RunResult;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.schema.Schema;
import dev.migrate.autogenerate.SqlSchemaSource;
import dev.migrate.script.ScriptDirectory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times migrate-core calls inside one JVM, without Maven's start-up: the "engine time" of the benchmark suite.
 * Prints one line of {@code key=value} pairs (milliseconds, megabytes) that bench/bench.py reads.
 *
 * <pre>
 * upgrade  URL MIGRATIONS [each|all]                   one upgrade to head, timed
 * upgrade-twice URL MIGRATIONS URL2                  the same upgrade on two fresh databases in one JVM (cold, warm)
 * status   URL MIGRATIONS                              one status, timed
 * compare  URL MIGRATIONS SCHEMA.sql database|migrations WORKDIR ITERATIONS
 *                                                      Migrate.compare timed cold (first call in the JVM) and warm,
 *                                                      plus a warm breakdown: model on a scratch DB, current schema,
 *                                                      diff
 * phases   URL MIGRATIONS                              a cold status in phases: scripts loaded (cold, warm), first
 *                                                      connection (cold, warm), inspect, status
 * heap     URL MIGRATIONS                              load the scripts, upgrade (one transaction), status; heap peak
 *                                                      and heap retained after GC with the engine still reachable
 * </pre>
 */
public final class Harness {
    private static final List<Object> KEEP = new ArrayList<>();

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = args[1];
        Path migrations = Path.of(args[2]);
        switch (mode) {
            case "upgrade" -> {
                TransactionMode tx = args.length > 3 ? TransactionMode.valueOf(args[3].toUpperCase(Locale.ROOT))
                        : TransactionMode.EACH;
                Migrate m = new Migrate(config(url, migrations, tx, null));
                long t0 = System.nanoTime();
                RunResult r = m.upgrade("head");
                out("engine_ms", ms(t0), "steps", r.steps().size());
            }
            case "upgrade-twice" -> {
                // the same upgrade on two fresh databases in one JVM: the second shows the steady state
                Migrate m = new Migrate(config(url, migrations, TransactionMode.EACH, null));
                long t0 = System.nanoTime();
                m.upgrade("head");
                double cold = ms(t0);
                Migrate m2 = new Migrate(config(args[3], migrations, TransactionMode.EACH, null));
                t0 = System.nanoTime();
                RunResult r = m2.upgrade("head");
                out("cold_ms", cold, "warm_ms", ms(t0), "steps", r.steps().size());
            }
            case "status" -> {
                Migrate m = new Migrate(config(url, migrations, TransactionMode.EACH, null));
                long t0 = System.nanoTime();
                Status s = m.status();
                out("engine_ms", ms(t0), "revisions", s.revisions().size());
            }
            case "compare" -> compare(url, migrations, Path.of(args[3]), args[4].equals("database"), Path.of(args[5]),
                    Integer.parseInt(args[6]));
            case "heap" -> heap(url, migrations);
            case "phases" -> phases(url, migrations);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static void compare(String url, Path migrations, Path schema, boolean againstDatabase, Path work,
                                int iterations) throws Exception {
        MigrateConfig config = config(url, migrations, TransactionMode.EACH, work);
        long t0 = System.nanoTime();
        SchemaComparison c = new Migrate(config).compare(model(schema), againstDatabase);
        double cold = ms(t0);
        int ops = c.operations().size();
        double warm = Double.MAX_VALUE;
        double model = Double.MAX_VALUE;
        double current = Double.MAX_VALUE;
        double diff = Double.MAX_VALUE;
        for (int k = 0; k < iterations; k++) {
            t0 = System.nanoTime();
            new Migrate(config).compare(model(schema), againstDatabase);
            warm = Math.min(warm, ms(t0));
            // the same work in its three phases
            Migrate m = new Migrate(config);
            SqlSchemaSource source = model(schema);
            t0 = System.nanoTime();
            Schema desired = m.modelSchema(source);
            model = Math.min(model, ms(t0));
            t0 = System.nanoTime();
            Schema now;
            if (againstDatabase) {
                Database db = new Database(config.database());
                try (Connection conn = db.open()) {
                    now = db.dialect().readSchema(conn, Set.of("migrate_version", "migrate_version_history"));
                }
            } else {
                now = m.migrationsSchema();
            }
            current = Math.min(current, ms(t0));
            t0 = System.nanoTime();
            SchemaDiff.compare(now, desired, source.hints());
            diff = Math.min(diff, ms(t0));
        }
        out("cold_ms", cold, "warm_ms", warm, "model_ms", model, "current_ms", current, "diff_ms", diff,
                "operations", ops);
    }

    /** Where a cold status goes: loading the scripts, the first connection, then status itself (warm). */
    private static void phases(String url, Path migrations) throws Exception {
        long t0 = System.nanoTime();
        ScriptDirectory.load(migrations);
        double loadCold = ms(t0);
        t0 = System.nanoTime();
        ScriptDirectory.load(migrations);
        double loadWarm = ms(t0);
        t0 = System.nanoTime();
        try (Connection c = new Database(new DatabaseConfig(url, null, null)).open()) {
            c.isValid(1);
        }
        double connectCold = ms(t0);
        t0 = System.nanoTime();
        try (Connection c = new Database(new DatabaseConfig(url, null, null)).open()) {
            c.isValid(1);
        }
        double connectWarm = ms(t0);
        Migrate m = new Migrate(config(url, migrations, TransactionMode.EACH, null));
        t0 = System.nanoTime();
        m.inspect();
        double inspect = ms(t0);
        t0 = System.nanoTime();
        Status s = m.status();
        double status = ms(t0);
        t0 = System.nanoTime();
        new Migrate(config(url, migrations, TransactionMode.EACH, null)).status();
        double statusWarm = ms(t0);
        out("load_cold_ms", loadCold, "load_warm_ms", loadWarm, "connect_cold_ms", connectCold, "connect_warm_ms",
                connectWarm, "inspect_ms", inspect, "status_after_inspect_ms", status, "status_warm_ms", statusWarm,
                "revisions", s.revisions().size());
    }

    private static void heap(String url, Path migrations) {
        long t0 = System.nanoTime();
        ScriptDirectory scripts = ScriptDirectory.load(migrations);
        double load = ms(t0);
        KEEP.add(scripts);
        Migrate m = new Migrate(config(url, migrations, TransactionMode.ALL, null));
        KEEP.add(m);
        t0 = System.nanoTime();
        RunResult r = m.upgrade("head");
        double upgrade = ms(t0);
        KEEP.add(r);
        t0 = System.nanoTime();
        Status s = m.status();
        double status = ms(t0);
        KEEP.add(s);
        double peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        double retained = rt.totalMemory() - rt.freeMemory();
        out("revisions", s.revisions().size(), "steps", r.steps().size(), "load_ms", load, "upgrade_ms", upgrade,
                "status_ms", status, "peak_mb", peak / 1048576.0, "retained_mb", retained / 1048576.0,
                "max_mb", rt.maxMemory() / 1048576.0);
    }

    private static SqlSchemaSource model(Path schema) {
        return new SqlSchemaSource(List.of(schema), schema.getParent());
    }

    private static MigrateConfig config(String url, Path migrations, TransactionMode tx, Path work) {
        MigrateConfig.Builder b = MigrateConfig.builder(new DatabaseConfig(url, null, null), migrations)
                .transactionMode(tx);
        if (work != null) {
            b.workDirectory(work);
        }
        return b.build();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void out(Object... kv) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < kv.length; k += 2) {
            Object v = kv[k + 1];
            sb.append(k == 0 ? "" : " ").append(kv[k]).append('=')
                    .append(v instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : v);
        }
        System.out.println(sb);
    }
}
