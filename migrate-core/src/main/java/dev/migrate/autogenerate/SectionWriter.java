package dev.migrate.autogenerate;

import dev.migrate.diff.Operation;
import dev.migrate.diff.SqlRenderer;

import java.util.List;

/** Writes operations as the reviewable SQL of a script section: what each does, its warnings, its statements. */
public final class SectionWriter {
    private SectionWriter() {}

    /** The lines that say what was left out of the comparison, so that a reviewer sees it in the script. */
    public static String notCompared(List<String> objects) {
        StringBuilder out = new StringBuilder();
        objects.forEach(o -> out.append("-- WARNING: not compared: ").append(o).append('\n'));
        return out.length() == 0 ? "" : out.append('\n').toString();
    }

    public static String write(List<Operation> operations, SqlRenderer renderer) {
        StringBuilder out = new StringBuilder();
        for (Operation op : operations) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("-- ").append(op.describe().replace("\n", "\n-- ")).append('\n');
            for (String warning : op.warnings()) {
                out.append("-- WARNING: ").append(warning).append('\n');
            }
            for (String statement : renderer.render(op)) {
                out.append(statement).append(";\n");
            }
        }
        return out.toString();
    }
}
