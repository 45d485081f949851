package dev.migrate.maven;

import dev.migrate.diff.SchemaComparison;
import dev.migrate.runtime.HistoryRow;
import dev.migrate.runtime.Status;
import dev.migrate.runtime.TenantReport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code migrate:status -Dmigrate.format=json}: the status as one JSON object, for scripts and CI. */
final class StatusJson {
    private StatusJson() {}

    static String of(String maskedUrl, Status status) {
        return of(maskedUrl, status, Optional.empty());
    }

    /**
     * @param drift when asked for: the drift, empty inside when the database does not exist; written as "drift",
     *     the operations' lines ([] for none, null for no database)
     */
    static String of(String maskedUrl, Status status, Optional<Optional<SchemaComparison>> drift) {
        StringBuilder s = new StringBuilder("{");
        s.append("\"database\":").append(string(maskedUrl));
        s.append(",\"current\":").append(strings(status.current()));
        s.append(",\"heads\":").append(strings(status.heads()));
        s.append(",\"unknown\":").append(strings(status.unknown()));
        s.append(",\"revisions\":[");
        List<Status.Entry> revisions = status.revisions();
        for (int i = 0; i < revisions.size(); i++) {
            Status.Entry e = revisions.get(i);
            HistoryRow applied = e.applied().orElse(null);
            s.append(i == 0 ? "" : ",").append('{');
            s.append("\"revision\":").append(string(e.revision().id()));
            s.append(",\"message\":").append(string(e.revision().message()));
            s.append(",\"state\":").append(string(StatusTable.state(e.state())));
            s.append(",\"current\":").append(e.current());
            s.append(",\"head\":").append(e.head());
            s.append(",\"appliedAt\":").append(string(applied == null ? null : applied.appliedAt()));
            s.append(",\"appliedBy\":").append(string(applied == null ? null : applied.appliedBy()));
            s.append(",\"durationMs\":").append(applied == null ? "null" : String.valueOf(applied.durationMs()));
            s.append(",\"file\":").append(string(e.revision().source()));
            s.append('}');
        }
        s.append("],\"interrupted\":")
                .append(string(status.interrupted().map(i -> i.describe()).orElse(null)));
        s.append(",\"counts\":{");
        Status.State[] states = Status.State.values();
        for (int i = 0; i < states.length; i++) {
            s.append(i == 0 ? "" : ",")
                    .append(string(StatusTable.state(states[i]).toLowerCase(java.util.Locale.ROOT)))
                    .append(':')
                    .append(status.count(states[i]));
        }
        s.append('}');
        drift.ifPresent(d ->
                s.append(",\"drift\":").append(d.map(c -> strings(c.describe())).orElse("null")));
        return s.append('}').toString();
    }

    /** {@code {"tenants":[{"tenant":"t1","status":{...},"error":null},...]}}, in the order the tenants were listed. */
    static String tenants(TenantReport<Status> report, Function<RuntimeException, String> error) {
        return report.outcomes().stream()
                .map(o -> "{\"tenant\":" + string(o.tenant().name())
                        + ",\"status\":"
                        + (o.failed() ? "null" : of(o.tenant().database().maskedUrl(), o.result()))
                        + ",\"error\":" + (o.failed() ? string(error.apply(o.failure())) : "null") + "}")
                .collect(Collectors.joining(",", "{\"tenants\":[", "]}"));
    }

    private static String strings(Collection<String> values) {
        return values.stream().map(StatusJson::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
