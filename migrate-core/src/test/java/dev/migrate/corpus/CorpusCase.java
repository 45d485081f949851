package dev.migrate.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hand-picked schema change: the schema a database holds, the one it should hold, and, when migrate cannot make
 * that change yet, why ({@code gap}). A corpus file holds cases one after another:
 *
 * <pre>
 * -- case: a sequence changes its increment
 * -- current
 * CREATE SEQUENCE s INCREMENT BY 1;
 * -- desired
 * CREATE SEQUENCE s INCREMENT BY 50;
 * -- gap: why it fails today (optional; the case is then expected to fail)
 * </pre>
 */
record CorpusCase(String file, int line, String name, String current, String desired, String gap) {
    @Override
    public String toString() {
        return file + ":" + line + " " + name;
    }

    /** Every case of the {@code .sql} files in {@code directory}, by file name then position. */
    static List<CorpusCase> all(Path directory) {
        List<CorpusCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                out.addAll(parse(file.getFileName().toString(), Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<CorpusCase> parse(String file, String text) {
        List<CorpusCase> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Builder b = null;
        StringBuilder section = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("-- case:")) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new Builder(
                        file, i + 1, trimmed.substring("-- case:".length()).strip());
                section = null;
            } else if (b != null && trimmed.equals("-- current")) {
                section = b.current;
            } else if (b != null && trimmed.equals("-- desired")) {
                section = b.desired;
            } else if (b != null && trimmed.startsWith("-- gap:")) {
                b.gap = trimmed.substring("-- gap:".length()).strip();
            } else if (section != null) {
                section.append(line).append('\n');
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": SQL outside a case's current or desired");
            }
        }
        if (b != null) {
            out.add(b.build());
        }
        return out;
    }

    private static final class Builder {
        final String file;
        final int line;
        final String name;
        final StringBuilder current = new StringBuilder();
        final StringBuilder desired = new StringBuilder();
        String gap;

        Builder(String file, int line, String name) {
            this.file = file;
            this.line = line;
            this.name = name;
        }

        CorpusCase build() {
            return new CorpusCase(file, line, name, current.toString(), desired.toString(), gap);
        }
    }
}
