package dev.migrate.maven;

import dev.migrate.base.MigrateLog;
import dev.migrate.script.JavaMigration;
import dev.migrate.script.JavaMigrations;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.graph.Dependency;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The project's Java migrations: its compiled classes in the package the migrations directory is on the classpath
 * ({@code src/main/resources/db/migrations} is {@code db.migrations}), loaded with the project's runtime classpath.
 * The dependencies are resolved only when there are such classes, so that a project of SQL scripts alone pays
 * nothing for them.
 */
final class ProjectJavaMigrations implements AutoCloseable {
    private static final Set<String> RUNTIME = Set.of("compile", "runtime", "system");
    static final ProjectJavaMigrations NONE = new ProjectJavaMigrations(List.of(), null);

    private final List<JavaMigration> migrations;
    private final URLClassLoader loader;

    private ProjectJavaMigrations(List<JavaMigration> migrations, URLClassLoader loader) {
        this.migrations = migrations;
        this.loader = loader;
    }

    List<JavaMigration> migrations() {
        return migrations;
    }

    /**
     * Runs {@code work} with the project's loader as the thread's context class loader, as the application's own
     * threads have it: libraries a migration calls find their providers through it (Jakarta EL, JAXB, drivers).
     */
    void run(Work work) throws MojoFailureException, MojoExecutionException {
        if (loader == null) {
            work.run();
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    interface Work {
        void run() throws MojoFailureException, MojoExecutionException;
    }

    /** The package path of the migrations directory under one of the project's resource directories, or null. */
    static String packagePath(MavenProject project, Path migrations) {
        Path dir = migrations.toAbsolutePath().normalize();
        for (Resource r : project.getResources()) {
            Path root = Path.of(r.getDirectory()).toAbsolutePath().normalize();
            if (dir.startsWith(root) && !dir.equals(root)) {
                String path = root.relativize(dir).toString().replace(File.separatorChar, '/');
                return r.getTargetPath() == null ? path : r.getTargetPath() + "/" + path;
            }
        }
        return null;
    }

    static ProjectJavaMigrations find(
            MavenProject project,
            MavenSession session,
            ProjectDependenciesResolver resolver,
            Path migrations,
            MigrateLog log)
            throws MojoExecutionException {
        String path = packagePath(project, migrations);
        if (path == null) {
            return NONE;
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        warnIfNotCompiled(project, classes, path, log);
        if (!hasClasses(classes.resolve(path))) {
            return NONE;
        }
        URLClassLoader loader = new URLClassLoader(
                urls(classes, resolve(project, session, resolver)), ProjectJavaMigrations.class.getClassLoader());
        return new ProjectJavaMigrations(JavaMigrations.find("classpath:" + path, loader, log), loader);
    }

    private static boolean hasClasses(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".class"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Sources of migrations newer than their classes would be left out of the graph, or run as they were. */
    private static void warnIfNotCompiled(MavenProject project, Path classes, String path, MigrateLog log) {
        for (String root : project.getCompileSourceRoots()) {
            Path sources = Path.of(root).resolve(path);
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.list(sources)) {
                for (Path source :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = source.getFileName().toString();
                    Path compiled = classes.resolve(path).resolve(name.substring(0, name.length() - 5) + ".class");
                    if (!Files.exists(compiled)
                            || Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(source)) < 0) {
                        log.warn(source + " is not compiled, or changed since: migrate runs the classes in "
                                + classes.resolve(path) + ". Compile first: mvn compile migrate:<goal>.");
                    }
                }
            } catch (IOException e) {
                log.debug("Cannot list " + sources + ": " + e.getMessage());
            }
        }
    }

    private static List<File> resolve(MavenProject project, MavenSession session, ProjectDependenciesResolver resolver)
            throws MojoExecutionException {
        DefaultDependencyResolutionRequest request =
                new DefaultDependencyResolutionRequest(project, session.getRepositorySession());
        // the runtime classpath, as the application runs with it (a filter of Maven's own API: the resolver's
        // utilities are not exported to plugins)
        request.setResolutionFilter((node, parents) -> node.getDependency() == null
                || RUNTIME.contains(node.getDependency().getScope()));
        try {
            List<File> files = new ArrayList<>();
            for (Dependency d : resolver.resolve(request).getDependencies()) {
                if (RUNTIME.contains(d.getScope()) && d.getArtifact().getFile() != null) {
                    files.add(d.getArtifact().getFile());
                }
            }
            return files;
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException(
                    "Cannot resolve the project's dependencies, which its Java migrations run with: " + e.getMessage(),
                    e);
        }
    }

    private static URL[] urls(Path classes, List<File> dependencies) throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (File f : dependencies) {
                urls.add(f.toURI().toURL());
            }
        } catch (MalformedURLException e) {
            throw new MojoExecutionException("Cannot put " + e.getMessage() + " on the classpath", e);
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    public void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                // the loader only read the project's own files
            }
        }
    }
}
