package dev.migrate.runtime;

import dev.migrate.base.Command;
import dev.migrate.base.MigrateException;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;
import dev.migrate.script.Script;

import java.util.List;
import java.util.stream.Collectors;

/** Scripts whose upgrade section changed after the database applied them. */
public class EditedScriptException extends MigrateException {
    private final List<Script> scripts;

    public EditedScriptException(List<Script> scripts) {
        super(
                "Applied script" + (scripts.size() > 1 ? "s were" : " was") + " edited after being applied: "
                        + scripts.stream()
                                .map(s -> s.location() + " (revision " + s.id() + ")")
                                .collect(Collectors.joining(", ")),
                Remedy.of(
                        "Restore the script as it was applied and put the change in a new revision (",
                        Remedy.run(Command.REVISION),
                        "). If the edit is intended and the database already matches " + "it, accept it with: ",
                        Remedy.run(
                                Command.STAMP,
                                Remedy.assign(
                                        Setting.ACCEPT,
                                        scripts.stream().map(Script::id).collect(Collectors.joining(","))))));
        this.scripts = List.copyOf(scripts);
    }

    public List<Script> scripts() {
        return scripts;
    }
}
