package dev.migrate.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two sections of a script, each with the file line it starts on so that statements keep their line numbers.
 */
public record ScriptBody(String upgrade, int upgradeLine, String downgrade, int downgradeLine) {

    public List<Statement> upgradeStatements(StatementSplitter splitter) {
        return splitter.split(upgrade, upgradeLine);
    }

    public List<Statement> downgradeStatements(StatementSplitter splitter) {
        return splitter.split(downgrade, downgradeLine);
    }

    /**
     * SHA-256 of the upgrade section, blind to line endings and trailing white space. Only the upgrade section
     * counts: it is what ran; fixing a downgrade after the fact is legitimate.
     */
    public String checksum() {
        String normalized = upgrade.lines()
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n"))
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
