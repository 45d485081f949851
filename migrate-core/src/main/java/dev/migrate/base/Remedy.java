package dev.migrate.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How to fix a failure, as data: words, and the commands, settings and driver they name. The engine never says how
 * a front end spells those (a Maven goal and property, a method of the API); {@link #render(Vocabulary)} asks the
 * front end's {@link Vocabulary}, and {@link #toString()} says it in the engine API's terms.
 */
public record Remedy(List<Part> parts) {
    public Remedy {
        parts = List.copyOf(parts);
    }

    /** A piece of a remedy. */
    public sealed interface Part permits Words, Run, Name, Settings, Assign, AddDriver, Retry {}

    /** Plain words. */
    public record Words(String text) implements Part {}

    /** Running a command with some settings: {@code mvn migrate:stamp -Dmigrate.target=r1}. */
    public record Run(Command command, List<Assign> settings) implements Part {
        public Run {
            settings = List.copyOf(settings);
        }
    }

    /** A setting's name on its own: {@code migrate.versionTable}. */
    public record Name(Setting setting) implements Part {}

    /** Settings introduced for a user to check: {@code the 'url' parameter (migrate.url)}. */
    public record Settings(List<Setting> settings) implements Part {
        public Settings {
            settings = List.copyOf(settings);
        }
    }

    /** A setting with its value: {@code migrate.confirm=yes}. */
    public record Assign(Setting setting, String value) implements Part {}

    /** Putting a JDBC driver where the engine looks for it: {@code artifact} is its Maven coordinates. */
    public record AddDriver(String artifact) implements Part {}

    /** Running what failed again, once the rest of the remedy is done. */
    public record Retry() implements Part {}

    public static final Retry RETRY = new Retry();

    /** How a front end spells each kind of part that is not plain words. */
    public interface Vocabulary {
        String run(Command command, List<Assign> settings);

        String name(Setting setting);

        String settings(List<Setting> settings);

        String assign(Setting setting, String value);

        String addDriver(String artifact);

        String retry();
    }

    /** The engine API's own words: method and configuration names. */
    public static final Vocabulary API = new Vocabulary() {
        @Override
        public String run(Command command, List<Assign> settings) {
            List<String> arguments = new ArrayList<>();
            settings.forEach(s -> arguments.add(assign(s.setting(), s.value())));
            return "Migrate." + command.key() + (arguments.isEmpty() ? "" : " with " + String.join(", ", arguments));
        }

        @Override
        public String name(Setting setting) {
            return setting.api();
        }

        @Override
        public String settings(List<Setting> settings) {
            return and(settings.stream().map(Setting::api).toList());
        }

        @Override
        public String assign(Setting setting, String value) {
            return setting.key() + "=" + value;
        }

        @Override
        public String addDriver(String artifact) {
            return "Add " + artifact + " to the application's classpath.";
        }

        @Override
        public String retry() {
            return "call it again";
        }
    };

    /** A remedy of parts: a String is words, a Remedy its parts, anything else a {@link Part}. */
    public static Remedy of(Object... parts) {
        List<Part> list = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Remedy r) {
                list.addAll(r.parts());
            } else {
                list.add(p instanceof Part part ? part : new Words(String.valueOf(p)));
            }
        }
        return new Remedy(list);
    }

    /** A remedy that is words only, or null for none. */
    public static Remedy words(String text) {
        return text == null ? null : of(text);
    }

    public static Run run(Command command, Assign... settings) {
        return new Run(command, List.of(settings));
    }

    public static Name name(Setting setting) {
        return new Name(setting);
    }

    public static Settings settings(Setting... settings) {
        return new Settings(List.of(settings));
    }

    public static Assign assign(Setting setting, String value) {
        return new Assign(setting, value);
    }

    public String render(Vocabulary vocabulary) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(rendered(p, vocabulary));
        }
        return out.toString();
    }

    private static String rendered(Part p, Vocabulary vocabulary) {
        if (p instanceof Run r) {
            return vocabulary.run(r.command(), r.settings());
        } else if (p instanceof Name n) {
            return vocabulary.name(n.setting());
        } else if (p instanceof Settings ps) {
            return vocabulary.settings(ps.settings());
        } else if (p instanceof Assign a) {
            return vocabulary.assign(a.setting(), a.value());
        } else if (p instanceof AddDriver d) {
            return vocabulary.addDriver(d.artifact());
        } else if (p instanceof Retry) {
            return vocabulary.retry();
        }
        return ((Words) p).text();
    }

    /** The commands this remedy tells the user to run, in order. */
    public List<Run> runs() {
        return parts.stream().filter(Run.class::isInstance).map(Run.class::cast).toList();
    }

    /** Whether this remedy tells the user to run {@code command} with exactly {@code settings}. */
    public boolean runs(Command command, Assign... settings) {
        return runs().contains(run(command, settings));
    }

    /** The same remedy with every text in it (words and values) passed through {@code redaction}. */
    public Remedy redacted(UnaryOperator<String> redaction) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Words w) {
                out.add(new Words(redaction.apply(w.text())));
            } else if (p instanceof Run r) {
                out.add(new Run(
                        r.command(),
                        r.settings().stream().map(a -> redacted(a, redaction)).toList()));
            } else if (p instanceof Assign a) {
                out.add(redacted(a, redaction));
            } else {
                out.add(p);
            }
        }
        return new Remedy(out);
    }

    private static Assign redacted(Assign a, UnaryOperator<String> redaction) {
        return new Assign(a.setting(), redaction.apply(a.value()));
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        int n = items.size();
        return n <= 1
                ? String.join("", items)
                : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    @Override
    public String toString() {
        return render(API);
    }
}
