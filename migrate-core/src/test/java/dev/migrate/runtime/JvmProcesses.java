package dev.migrate.runtime;

import dev.migrate.dialect.DatabaseConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Separate JVMs running {@link MigrateProcess}: real processes with their own connections, locks and class loading,
 * which can be killed with SIGKILL. They start with options that make a short-lived JVM start fast: JVM start-up
 * is most of the cost of a trial on a small CI machine, so a race's processes may also serve several trials.
 */
final class JvmProcesses {
    private static final List<String> FAST_START =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Xmx128m");
    private static final String EOF = "\u0000eof";

    private JvmProcesses() {}

    /** Starts a JVM; it takes commands once it is ready. */
    static Worker start() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(FAST_START);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), MigrateProcess.class.getName()));
        try {
            return new Worker(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Worker> start(int count) {
        List<Worker> workers = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            workers.add(start());
        }
        return workers;
    }

    static void closeAll(List<Worker> workers) throws InterruptedException {
        for (Worker w : workers) {
            w.close();
        }
    }

    static final class Worker {
        private final Process process;
        private final List<String> transcript = new ArrayList<>();
        private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
        private final Thread reader;
        private volatile long sentNanos;
        private String what = "(nothing yet)";
        private boolean ready;

        private Worker(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "output of pid " + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (transcript) {
                        transcript.add(line);
                    }
                    pending.add(line);
                }
            } catch (IOException e) {
                // the process died: what it printed is all there is
            } finally {
                pending.add(EOF);
            }
        }

        /** The next line of output, waiting up to {@code seconds}; null at the end of the output. */
        private String next(long seconds) throws InterruptedException {
            String line = pending.poll(seconds, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError(
                        "pid " + process.pid() + " (" + what + ") said nothing for " + seconds + " s: " + transcript());
            }
            if (line.equals(EOF)) {
                pending.add(EOF);
                return null;
            }
            return line;
        }

        /** Waits until the JVM has loaded the engine and the drivers. */
        void awaitReady() throws InterruptedException {
            while (!ready) {
                String line = next(60);
                if (line == null) {
                    throw new AssertionError("pid " + process.pid() + " ended before it was ready: " + transcript());
                }
                ready = line.equals("ready");
            }
        }

        /** Has the JVM run a command (upgrade or downgrade to target), once it is ready. */
        void send(DatabaseConfig db, Path migrations, String command, String target) throws InterruptedException {
            send(db, migrations, command, target, "migrate_version");
        }

        /** As {@link #send(DatabaseConfig, Path, String, String)}, with another version table. */
        void send(DatabaseConfig db, Path migrations, String command, String target, String versionTable)
                throws InterruptedException {
            awaitReady();
            what = command + " " + target + " on " + db.maskedUrl();
            sentNanos = System.nanoTime();
            try {
                OutputStream in = process.getOutputStream();
                String line = String.join(
                        "\t",
                        db.url(),
                        String.valueOf(db.user()),
                        String.valueOf(db.password()),
                        migrations.toString(),
                        command,
                        target,
                        versionTable);
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                throw new AssertionError("pid " + process.pid() + " is gone: " + transcript(), e);
            }
        }

        long pid() {
            return process.pid();
        }

        /** Milliseconds since the last {@link #send}. */
        long millisSinceSend() {
            return (System.nanoTime() - sentNanos) / 1_000_000;
        }

        /** Waits for the line that starts with {@code prefix} in the current command's output; null if it ended. */
        String await(String prefix, long seconds) throws InterruptedException {
            for (String line; (line = next(seconds)) != null; ) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                if (line.equals("done")) {
                    return null;
                }
            }
            return null;
        }

        /** Waits for the command to finish; fails unless it succeeded. Returns the steps it took. */
        int succeeded(long seconds) throws InterruptedException {
            String result = null;
            for (String line; (line = next(seconds)) != null && !line.equals("done"); ) {
                if (line.startsWith("steps ") || line.startsWith("error ")) {
                    result = line;
                }
            }
            if (result == null || !result.startsWith("steps ")) {
                throw new AssertionError("pid " + process.pid() + " (" + what + ") failed: " + transcript());
            }
            return Integer.parseInt(result.substring("steps ".length()));
        }

        /** SIGKILL on Unix: no shutdown hooks, no finally blocks, no goodbye to the database. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("pid " + process.pid() + " survived SIGKILL");
            }
            reader.join(10_000);
        }

        /** Ends the JVM at the end of its input. */
        void close() throws InterruptedException {
            try {
                process.getOutputStream().close();
            } catch (IOException ignored) {
                // it is gone already
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        String transcript() {
            synchronized (transcript) {
                return what + "\n  " + String.join("\n  ", transcript);
            }
        }
    }
}
