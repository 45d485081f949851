package dev.migrate.graph;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real renderers a picture of the graph is drawn with: Graphviz's {@code dot} (Debian's graphviz package) and
 * Mermaid's own parser (the npm package GitHub draws with, pinned in src/test/mermaid/package-lock.json, run by
 * Node). A machine without one skips loudly; under CI=true the test fails instead, since .ci/run installs both.
 */
final class Renderers {
    private Renderers() {}

    record Result(int exit, String output) {}

    /** {@code dot -Tsvg} over {@code source}: its exit status and what it printed (the SVG, or its error). */
    static Result dot(String source, Path dir) throws IOException, InterruptedException {
        requireOnPath("dot", "graphviz");
        Path in = dir.resolve("graph.dot");
        Files.writeString(in, source, StandardCharsets.UTF_8);
        return run(List.of("dot", "-Tsvg", in.toString()), dir);
    }

    /**
     * Mermaid's parser over each of {@code pictures} (file name to source): exit 0 when all parse, else 1 and the
     * parser's error. The parser is installed once per build into target/mermaid-check by {@code npm ci} (from npm's
     * cache when it has the pinned versions).
     */
    static Result mermaid(Map<String, String> pictures, Path dir) throws IOException, InterruptedException {
        requireOnPath("node", "nodejs");
        requireOnPath("npm", "npm");
        Path checker = Path.of("target", "mermaid-check").toAbsolutePath();
        Files.createDirectories(checker);
        for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
            Files.copy(Path.of("src", "test", "mermaid", file), checker.resolve(file), REPLACE_EXISTING);
        }
        if (!Files.exists(checker.resolve("node_modules/mermaid/package.json"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), checker);
            if (install.exit() != 0) {
                throw new AssertionError("npm ci in " + checker + " failed:\n" + install.output());
            }
        }
        List<String> command =
                new ArrayList<>(List.of("node", checker.resolve("check.mjs").toString()));
        for (Map.Entry<String, String> picture : pictures.entrySet()) {
            Path file = dir.resolve(picture.getKey());
            Files.writeString(file, picture.getValue(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        return run(command, dir);
    }

    static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("renderer.out");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static void requireOnPath(String command, String debianPackage) {
        boolean found = System.getenv("PATH") != null
                && List.of(System.getenv("PATH").split(java.io.File.pathSeparator)).stream()
                        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
        if (found) {
            return;
        }
        String notice = "'" + command + "' is not on the PATH (Debian package " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(notice + ": under CI=true the picture must be rendered. apt-get install "
                    + debianPackage + " (.ci/run does) and run again.");
        }
        System.err.println("* SKIPPED: " + notice + "; the picture was not rendered.");
        Assumptions.abort("SKIPPED: " + notice);
    }
}
