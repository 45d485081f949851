package dev.migrate.maven;

import dev.migrate.Migrate;
import dev.migrate.graph.GraphPicture;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Draws the revision graph: Mermaid (GitHub and most Markdown viewers draw it) and Graphviz DOT, with heads, branch
 * points, merges and branch labels marked, and what the database has applied when it can be read.
 */
@Mojo(name = "graph", configurator = MigrateProperties.CONFIGURATOR, threadSafe = true)
public class GraphMojo extends AbstractMigrateMojo {
    /** Where graph.mmd and graph.dot are written. */
    @Parameter(property = MigrateProperties.GRAPH_DIRECTORY, defaultValue = "${project.build.directory}/migrate")
    private File graphDirectory;

    /** mermaid or dot: print that one picture on standard output instead of writing both files. */
    @Parameter(property = MigrateProperties.FORMAT)
    private String format;

    @Override
    protected void run(Migrate migrate) throws MojoFailureException {
        Optional<GraphPicture.Format> only = format();
        GraphPicture picture = migrate.graphPicture();
        if (only.isPresent()) {
            System.out.print(picture.render(only.get()));
            System.out.flush();
            return;
        }
        Path mermaid = write(picture, GraphPicture.Format.MERMAID);
        Path dot = write(picture, GraphPicture.Format.DOT);
        getLog().info("Revision graph: " + picture.graph().revisions().size() + " revision(s), "
                + picture.graph().heads().size() + " head(s); " + picture.note());
        getLog().info("Wrote " + mermaid + " (Mermaid: paste it into a ```mermaid block)");
        getLog().info("Wrote " + dot + " (Graphviz: dot -Tsvg " + dot.getFileName() + " -o graph.svg)");
    }

    private Path write(GraphPicture picture, GraphPicture.Format f) throws MojoFailureException {
        Path file = graphDirectory.toPath().resolve("graph." + f.extension());
        try {
            Files.createDirectories(graphDirectory.toPath());
            Files.writeString(file, picture.render(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.GRAPH_DIRECTORY,
                    "cannot write " + file + ": " + e.getMessage(),
                    "Choose a writable directory.");
        }
        return file;
    }

    private Optional<GraphPicture.Format> format() throws MojoFailureException {
        if (format == null || format.isBlank()) {
            return Optional.empty();
        }
        Optional<GraphPicture.Format> f = GraphPicture.Format.parse(format);
        if (f.isEmpty()) {
            throw HelpfulMessages.parameter(
                    MigrateProperties.FORMAT,
                    "'" + format + "' is not a picture format",
                    "Use 'mermaid' or 'dot' to print one picture, or leave it out to write both files.");
        }
        return f;
    }
}
