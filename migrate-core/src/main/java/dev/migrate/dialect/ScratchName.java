package dev.migrate.dialect;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a scratch database migrate creates, which is its mark: it says which host and process made it and
 * when, so that a later run can tell a scratch database left by a killed run (its process gone, or older than
 * {@link #ABANDONED_AFTER}) from one still in use, and from any database migrate did not create, which it never
 * touches. Being the name, the mark exists from the moment the database does, with no moment in between for a kill.
 * {@code migrate_scratch_<host>_<pid>_<created>_<random>}: an 8-digit hash of the host name (with, on Linux, the boot
 * and the process id namespace, so that containers of one name differ), the process id, the
 * creation time in seconds (base 36) and 8 random hex digits; 55 characters at most, within every server's limit.
 */
public record ScratchName(String prefix, String host, long pid, Instant created, String random) {
    /** Older than this, a scratch database is abandoned whoever made it: no use of one lasts a day. */
    public static final Duration ABANDONED_AFTER = Duration.ofHours(24);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String THIS_HOST = hash(hostName() + " " + processNamespace());

    /** A new name for this process, now. */
    public static ScratchName next(String prefix) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return new ScratchName(
                prefix,
                THIS_HOST,
                ProcessHandle.current().pid(),
                Instant.now(),
                HexFormat.of().formatHex(random));
    }

    /** The name it stands for, if {@code name} is one migrate gave with this prefix. */
    public static Optional<ScratchName> parse(String prefix, String name) {
        Matcher m = Pattern.compile(
                        Pattern.quote(prefix) + "([0-9a-f]{8})_([0-9]{1,19})_([0-9a-z]{1,13})_([0-9a-f]{8})")
                .matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScratchName(
                    prefix,
                    m.group(1),
                    Long.parseLong(m.group(2)),
                    Instant.ofEpochSecond(Long.parseLong(m.group(3), 36)),
                    m.group(4)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String name() {
        return prefix + host + "_" + pid + "_" + Long.toString(created.getEpochSecond(), 36) + "_" + random;
    }

    /**
     * Whether the run that made it is over: its process on this host is gone (or the process id now belongs to a
     * process started after the scratch database), or it is older than {@link #ABANDONED_AFTER}.
     */
    public boolean abandoned(Instant now) {
        if (created.plus(ABANDONED_AFTER).isBefore(now)) {
            return true;
        }
        if (!host.equals(THIS_HOST)) {
            return false; // its process may well be alive on its own host
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(created.plusSeconds(1));
    }

    /** "process 1234 on this host, 2 h 5 min ago", for the log line that says why it was removed. */
    public String origin(Instant now) {
        Duration age = Duration.between(created, now);
        String ago = age.toHours() > 0
                ? age.toHours() + " h " + age.toMinutesPart() + " min ago"
                : age.toMinutes() > 0 ? age.toMinutes() + " min ago" : age.toSeconds() + " s ago";
        return "process " + pid + " on " + (host.equals(THIS_HOST) ? "this host" : "another host") + ", created " + ago;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return String.valueOf(System.getenv("HOSTNAME"));
        }
    }

    /**
     * Which processes this process's ids are counted among, where the system says (Linux): the boot and the process
     * id namespace. Two containers of one name on one server must not take each other's live processes for dead.
     */
    private static String processNamespace() {
        StringBuilder namespace = new StringBuilder();
        try {
            namespace.append(
                    Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip());
            namespace.append(' ').append(Files.readSymbolicLink(Path.of("/proc/self/ns/pid")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // elsewhere the host name alone tells hosts apart
        }
        return namespace.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
