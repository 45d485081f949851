package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.script.Script;

import java.util.List;
import java.util.stream.Collectors;

/** Scripts whose upgrade section changed after the database applied them. */
public class EditedScriptException extends MigrateException {
    private final List<Script> scripts;

    public EditedScriptException(List<Script> scripts) {
        super("Applied script" + (scripts.size() > 1 ? "s were" : " was") + " edited after being applied: "
                        + scripts.stream().map(s -> s.path() + " (revision " + s.id() + ")")
                        .collect(Collectors.joining(", ")),
                "Restore the script as it was applied and put the change in a new revision (mvn migrate:revision). "
                        + "If the edit is intended and the database already matches it, accept it with: "
                        + "mvn migrate:stamp -Dmigrate.accept="
                        + scripts.stream().map(Script::id).collect(Collectors.joining(",")));
        this.scripts = List.copyOf(scripts);
    }

    public List<Script> scripts() {
        return scripts;
    }
}
