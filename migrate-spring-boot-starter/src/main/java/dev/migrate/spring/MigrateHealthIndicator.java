package dev.migrate.spring;

import dev.migrate.runtime.Status;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code migrate} health contribution: DOWN while a DataSource has an interrupted step (its database is between
 * two revisions until someone resolves it), UP otherwise, with each one's current revision and pending count.
 */
public class MigrateHealthIndicator extends AbstractHealthIndicator {
    private final MigrateInitializer initializer;

    public MigrateHealthIndicator(MigrateInitializer initializer) {
        super("migrate health check failed");
        this.initializer = initializer;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean down = false;
        for (MigrateRun run : initializer.runs()) {
            Status status = run.migrate().status();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("current", String.join(", ", status.current()));
            detail.put(
                    "pending",
                    status.revisions().stream()
                            .filter(e -> e.state() == Status.State.PENDING)
                            .count());
            if (status.interrupted().isPresent()) {
                down = true;
                detail.put("interrupted", status.interrupted().get().describe());
            }
            builder.withDetail(run.dataSource(), detail);
        }
        if (down) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
