package io.launchcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import io.launchcheck.api.Ruleset;
import io.launchcheck.rules.domain.RulesetSnapshot;

/**
 * A ruleset exported from the registry ({@code GET /api/v1/ruleset}, an {@link Ruleset} as JSON), verified before it
 * judges anything: its SHA-256 against {@code --ruleset-sha256} or the {@code FILE.sha256} written next to it
 * (sha256sum's format), and its version against {@code --ruleset-version} when given.
 */
record RulesetFile(Path path, String sha256, Ruleset ruleset, RulesetSnapshot snapshot) {

    /** @throws CheckFailure exit 2 when the file or its digest is missing, exit 3 when it does not verify */
    static RulesetFile load(Path path, String expectedSha256, Long expectedVersion) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw CheckFailure.usage("--ruleset " + path + ": cannot read it: " + e.getMessage());
        }
        String actual = sha256(bytes);
        String expected = expectedSha256 != null ? expectedSha256 : digestFileNextTo(path);
        if (!actual.equalsIgnoreCase(expected.strip())) {
            throw CheckFailure.unavailable("ruleset " + path + " does not match its SHA-256 (expected " + expected.strip()
                    + ", found " + actual + "): not judging with a ruleset that cannot be verified");
        }
        Ruleset ruleset;
        try {
            ruleset = Json.JSON.readValue(bytes, Ruleset.class);
        } catch (IOException e) {
            throw CheckFailure.usage("--ruleset " + path + ": not a ruleset as the registry serves it: " + e.getMessage());
        }
        if (ruleset.version() < 1 || ruleset.rules() == null || ruleset.jurisdictions() == null) {
            throw CheckFailure.usage("--ruleset " + path + ": not a ruleset as the registry serves it (version, rules, jurisdictions)");
        }
        if (expectedVersion != null && expectedVersion != ruleset.version()) {
            throw CheckFailure.unavailable("ruleset " + path + " is version " + ruleset.version() + ", expected "
                    + expectedVersion);
        }
        return new RulesetFile(path, actual, ruleset, RulesetSnapshot.of(ruleset, Instant.now()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path digestPath(Path ruleset) {
        return ruleset.resolveSibling(ruleset.getFileName() + ".sha256");
    }

    /** {@code <hex>  <file name>}, as sha256sum writes it, so {@code sha256sum -c} checks it too. */
    static String digestLine(Path ruleset, String sha256) {
        return sha256.toLowerCase(Locale.ROOT) + "  " + ruleset.getFileName() + "\n";
    }

    private static String digestFileNextTo(Path path) {
        Path digest = digestPath(path);
        if (!Files.isRegularFile(digest)) {
            throw CheckFailure.usage("--ruleset " + path + ": no digest to verify it: give --ruleset-sha256 or put "
                    + digest.getFileName() + " next to it (launchcheck ruleset export writes both)");
        }
        try {
            String line = Files.readString(digest, StandardCharsets.UTF_8).strip();
            int space = line.indexOf(' ');
            return space < 0 ? line : line.substring(0, space);
        } catch (IOException e) {
            throw CheckFailure.usage(digest + ": cannot read it: " + e.getMessage());
        }
    }
}
