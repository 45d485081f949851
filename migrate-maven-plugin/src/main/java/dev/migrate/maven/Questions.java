package dev.migrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.codehaus.plexus.components.interactivity.Prompter;
import org.codehaus.plexus.components.interactivity.PrompterException;

import java.util.Optional;
import java.util.function.Supplier;

/** Asks the user through Maven's prompter when Maven is interactive; refuses with the property to set when not. */
final class Questions {
    private final Prompter prompter;
    private final boolean interactive;

    Questions(Prompter prompter, boolean interactive) {
        this.prompter = prompter;
        this.interactive = interactive;
    }

    /** Returns the given value, or asks for it; in batch mode a missing value fails naming {@code property}. */
    String require(String value, String property, String question) throws MojoFailureException {
        if (value != null && !value.isBlank()) {
            return value;
        }
        if (!interactive) {
            throw new MojoFailureException("No value for " + property + ", and Maven runs in batch mode so it cannot "
                    + "ask" + System.lineSeparator() + "Pass it on the command line: -D" + property + "=\"...\"");
        }
        String answer = ask(question);
        if (answer == null || answer.isBlank()) {
            throw new MojoFailureException("No value given for " + property);
        }
        return answer.strip();
    }

    /**
     * Passes when {@code confirm} is "yes", or when the user types yes; in batch mode without confirm, fails
     * naming {@code property}.
     */
    void confirm(String confirm, String property, String warning) throws MojoFailureException {
        if (yes(confirm)) {
            return;
        }
        if (!interactive) {
            throw new MojoFailureException(warning + System.lineSeparator() + "Maven runs in batch mode, so it cannot "
                    + "ask: confirm with -D" + property + "=yes");
        }
        String answer = ask(warning + System.lineSeparator() + "Type 'yes' to continue");
        if (!"yes".equalsIgnoreCase(answer == null ? "" : answer.strip())) {
            throw new MojoFailureException("Cancelled: nothing was changed.");
        }
    }

    /**
     * Whether the run may go ahead as confirmed: true when {@code confirm} says yes or the user types yes for the
     * warning; false when there is no warning (the engine still checks again under its lock); fails otherwise.
     */
    boolean confirmIfWarned(String confirm, String property, Supplier<Optional<String>> warning)
            throws MojoFailureException {
        if (yes(confirm)) {
            return true;
        }
        Optional<String> why = warning.get();
        if (why.isEmpty()) {
            return false;
        }
        confirm(confirm, property, why.get());
        return true;
    }

    /** Whether the confirm parameter says yes. */
    static boolean yes(String confirm) {
        return "yes".equalsIgnoreCase(confirm == null ? "" : confirm.strip());
    }

    private String ask(String question) throws MojoFailureException {
        try {
            return prompter.prompt(question);
        } catch (PrompterException e) {
            throw new MojoFailureException("Cannot read the answer: " + e.getMessage(), e);
        }
    }
}
