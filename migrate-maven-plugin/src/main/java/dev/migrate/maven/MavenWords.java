package dev.migrate.maven;

import dev.migrate.base.Command;
import dev.migrate.base.Remedy;
import dev.migrate.base.Setting;

import java.util.List;

/** The engine's remedies in a Maven user's words: goals, user properties and plugin dependencies. */
final class MavenWords implements Remedy.Vocabulary {
    static final MavenWords INSTANCE = new MavenWords();

    private MavenWords() {}

    /** The goal that runs {@code command}. */
    static String goal(Command command) {
        return "migrate:" + command.key();
    }

    /** The user property that sets {@code setting}. */
    static String property(Setting setting) {
        return switch (setting) {
            case URL -> MigrateProperties.URL;
            case USER -> MigrateProperties.USER;
            case PASSWORD -> MigrateProperties.PASSWORD;
            case MIGRATIONS -> MigrateProperties.MIGRATIONS;
            case VERSION_TABLE -> MigrateProperties.VERSION_TABLE;
            case TRANSACTION -> MigrateProperties.TRANSACTION;
            case FILE_TEMPLATE -> MigrateProperties.FILE_TEMPLATE;
            case SCRATCH_URL -> MigrateProperties.SCRATCH_URL;
            case SCRATCH_OVERWRITE -> MigrateProperties.SCRATCH_OVERWRITE;
            case CONFIRM -> MigrateProperties.CONFIRM;
            case MAX_UNCONFIRMED_STEPS -> MigrateProperties.MAX_UNCONFIRMED_STEPS;
            case TARGET -> MigrateProperties.TARGET;
            case PURGE -> MigrateProperties.PURGE;
            case ACCEPT -> MigrateProperties.ACCEPT;
            case HEAD -> MigrateProperties.HEAD;
            case RANGE -> MigrateProperties.RANGE;
            case LINT_RULES -> MigrateProperties.LINT_RULES;
            case LOCK_TIMEOUT -> MigrateProperties.LOCK_TIMEOUT;
            case KEEP_DATA -> MigrateProperties.KEEP_DATA;
            case TENANTS -> MigrateProperties.TENANTS;
            case TENANTS_QUERY -> MigrateProperties.TENANTS_QUERY;
            case PARALLEL -> MigrateProperties.PARALLEL;
        };
    }

    @Override
    public String run(Command command, List<Remedy.Assign> settings) {
        StringBuilder s = new StringBuilder("mvn ").append(goal(command));
        settings.forEach(a -> s.append(" -D").append(assign(a.setting(), a.value())));
        return s.toString();
    }

    @Override
    public String name(Setting setting) {
        return property(setting);
    }

    @Override
    public String settings(List<Setting> settings) {
        List<String> names = settings.stream().map(s -> "'" + s.key() + "'").toList();
        List<String> properties = settings.stream().map(MavenWords::property).toList();
        return "the " + Remedy.and(names) + (settings.size() == 1 ? " parameter (" : " parameters (")
                + String.join(", ", properties) + ")";
    }

    @Override
    public String assign(Setting setting, String value) {
        return property(setting) + "=" + value;
    }

    @Override
    public String addDriver(String artifact) {
        return "Add " + artifact + " as a <dependency> of migrate-maven-plugin in your pom (inside its <plugin> "
                + "element), or to your application's classpath when it runs migrate itself.";
    }

    @Override
    public String retry() {
        return "run the goal again";
    }
}
