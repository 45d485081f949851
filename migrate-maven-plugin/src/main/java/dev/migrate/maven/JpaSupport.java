package dev.migrate.maven;

import dev.migrate.base.MigrateException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * migrate-hibernate and Hibernate, resolved when a goal first reads JPA entities rather than put in the plugin's
 * realm: the other goals then neither resolve nor load the 20-odd artifacts, which cost every goal a good part of its
 * start-up. The version is the plugin's own; Maven's resolver takes it from the local repository when it is there
 * (so offline builds work), else from the plugin repositories. Since the plugin's classes cannot name Hibernate's,
 * the one entry point, {@code HibernateDdl.createStatements}, is called by reflection.
 */
final class JpaSupport {
    static final String ARTIFACT_ID = "migrate-hibernate";
    private static final String ENTRY = "dev.migrate.hibernate.HibernateDdl";
    private static final String MODEL_EXCEPTION = "dev.migrate.hibernate.HibernateModelException";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final String coordinates;

    JpaSupport(
            RepositorySystem system,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            String groupId,
            String version) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
        this.coordinates = groupId + ":" + ARTIFACT_ID + ":" + version;
    }

    /** A loader of migrate-hibernate and its dependencies, over the plugin's own (which holds migrate-core). */
    URLClassLoader loader() {
        CollectRequest collect =
                new CollectRequest(new Dependency(new DefaultArtifact(coordinates), "runtime"), repositories);
        List<URL> urls = new ArrayList<>();
        try {
            for (ArtifactResult a : system.resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults()) {
                urls.add(a.getArtifact().getFile().toURI().toURL());
            }
        } catch (DependencyResolutionException e) {
            throw new MigrateException(
                    "Could not resolve " + coordinates + ", which reads JPA entities with Hibernate: " + e.getMessage(),
                    "Run the build once without -o so that Maven downloads it into the local repository, or check"
                            + " the plugin repositories of settings.xml.");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), JpaSupport.class.getClassLoader());
    }

    /**
     * Hibernate's DDL for the entities {@code project} loads (a loader over {@link #loader()}, so the entities'
     * annotations are Hibernate's own classes), as {@code HibernateDdl.createStatements} documents.
     */
    @SuppressWarnings("unchecked")
    static List<String> createStatements(
            ClassLoader hibernate,
            ClassLoader project,
            List<Path> classDirectories,
            List<String> packages,
            String dialect,
            String naming,
            Map<String, String> settings) {
        try {
            Method create = Class.forName(ENTRY, true, hibernate)
                    .getMethod(
                            "createStatements",
                            ClassLoader.class,
                            List.class,
                            List.class,
                            String.class,
                            String.class,
                            Map.class);
            return (List<String>) create.invoke(null, project, classDirectories, packages, dialect, naming, settings);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause.getClass().getName().equals(MODEL_EXCEPTION)) {
                throw new MigrateException(
                        cause.getMessage(),
                        "Fix the entity mapping, or the parameters " + MigrateProperties.JPA_PACKAGES + " / "
                                + MigrateProperties.JPA_NAMING + ".",
                        cause);
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(ENTRY + " of " + ARTIFACT_ID + " is not as this plugin expects", e);
        }
    }
}
