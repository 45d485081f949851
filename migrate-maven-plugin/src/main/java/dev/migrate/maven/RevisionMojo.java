package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.RevisionRequest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.components.interactivity.Prompter;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/** Writes a new migration script whose parent is the current head, ready for its SQL. */
@Mojo(name = "revision", threadSafe = true)
public class RevisionMojo extends AbstractMigrateMojo {

    /** What the revision does; asked for when Maven is interactive. */
    @Parameter(property = MigrateProperties.MESSAGE)
    private String message;

    /** The parent: head (the single head), base (a new root, for a new branch), or a revision. */
    @Parameter(property = MigrateProperties.HEAD, defaultValue = "head")
    private String head;

    /** Branch labels for the new revision, separated by commas. */
    @Parameter(property = MigrateProperties.BRANCH_LABEL)
    private String branchLabel;

    /** Revisions the new one depends on, separated by commas. */
    @Parameter(property = MigrateProperties.DEPENDS_ON)
    private String dependsOn;

    /** A chosen revision id instead of 12 random hex digits. */
    @Parameter(property = MigrateProperties.REVISION_ID)
    private String revisionId;

    /** Mark the script to run outside a transaction (e.g. CREATE INDEX CONCURRENTLY). */
    @Parameter(property = MigrateProperties.NON_TRANSACTIONAL, defaultValue = "false")
    private boolean nonTransactional;

    @Component
    private Prompter prompter;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        String text = new Questions(prompter, interactive()).require(message, MigrateProperties.MESSAGE,
                "Message for the new revision (what does it change?)");
        RevisionRequest request = new RevisionRequest(text, head, new LinkedHashSet<>(list(branchLabel)),
                list(dependsOn), revisionId, !nonTransactional, "", "");
        Path file = migrate.revision(request);
        getLog().info("Created " + file);
        getLog().info("Write its SQL under '-- migrate:upgrade' and the SQL that undoes it under "
                + "'-- migrate:downgrade', then preview with mvn migrate:upgrade -Dmigrate.sql");
    }

    static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.of(commaSeparated.strip().split("\\s*,\\s*"));
    }

    @Override
    protected String targetProperty() {
        return MigrateProperties.HEAD;
    }
}
