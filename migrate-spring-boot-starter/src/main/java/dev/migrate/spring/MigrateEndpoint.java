package dev.migrate.spring;

import dev.migrate.runtime.DatabaseState;
import dev.migrate.runtime.HistoryRow;
import dev.migrate.runtime.Status;
import dev.migrate.runtime.VersionTable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /actuator/migrate}: for each migrated DataSource, where it is, what ran, and what is pending. */
@Endpoint(id = "migrate")
public class MigrateEndpoint {
    private final MigrateInitializer initializer;

    public MigrateEndpoint(MigrateInitializer initializer) {
        this.initializer = initializer;
    }

    @ReadOperation
    public MigrateReport migrate() {
        Map<String, DataSourceReport> reports = new LinkedHashMap<>();
        for (MigrateRun run : initializer.runs()) {
            reports.put(run.dataSource(), report(run));
        }
        return new MigrateReport(reports);
    }

    private static DataSourceReport report(MigrateRun run) {
        DatabaseState state = run.migrate().inspect();
        Status status = run.migrate().status();
        List<Applied> applied = new ArrayList<>();
        for (HistoryRow row : state.history()) {
            if (row.action().startsWith(VersionTable.RUNNING) || row.action().startsWith(VersionTable.PARTIAL)) {
                continue; // a step's own markers: one left unfinished is reported as interrupted
            }
            applied.add(new Applied(row.revision(), row.action(), row.appliedAt(), row.appliedBy(), row.durationMs()));
        }
        List<Pending> pending = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (Status.Entry e : status.revisions()) {
            if (e.state() == Status.State.PENDING) {
                pending.add(0, new Pending(e.revision().id(), e.revision().message()));
            } else if (e.state() == Status.State.EDITED) {
                edited.add(0, e.revision().id());
            }
        }
        return new DataSourceReport(
                run.url(),
                List.copyOf(status.current()),
                status.heads(),
                applied,
                pending,
                edited,
                status.interrupted().map(i -> i.describe()).orElse(null));
    }

    /** The report, by DataSource bean name. */
    public record MigrateReport(Map<String, DataSourceReport> dataSources) implements OperationResponseBody {}

    /**
     * One DataSource's migrations.
     *
     * @param url         the database, any password masked
     * @param current     the revisions the version table holds
     * @param heads       the heads of the migrations
     * @param applied     the history, oldest first: every completed step, stamp and accepted edit
     * @param pending     the revisions not applied, oldest first
     * @param edited      applied revisions whose script changed since
     * @param interrupted a step that stopped part-way, or null
     */
    public record DataSourceReport(
            String url,
            List<String> current,
            List<String> heads,
            List<Applied> applied,
            List<Pending> pending,
            List<String> edited,
            String interrupted) {}

    /** One row of the history: what ran, when, by whom and for how long. */
    public record Applied(String revision, String action, String at, String by, Long durationMs) {}

    public record Pending(String revision, String message) {}
}
