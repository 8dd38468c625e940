package io.launchcheck.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Development tokens minted by the documented command, {@code scripts/token.sh <role> [team] [subject]}, so the
 * suite also proves that what the README tells people to run works against the packaged services.
 */
final class Tokens {

    static final String TEAM = "e2e-team";

    private static final Map<String, String> MINTED = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static String productTeam() {
        return mint("product-team", TEAM, "e2e-dev@example.org");
    }

    static String productTeam(String team) {
        return mint("product-team", team, "dev@" + team + ".example.org");
    }

    static String auditor() {
        return mint("auditor", "", "e2e-auditor@example.org");
    }

    static String officer(String subject) {
        return mint("compliance-officer", "", subject);
    }

    /** Tokens live an hour, longer than the suite. */
    static String mint(String role, String team, String subject) {
        return MINTED.computeIfAbsent(role + "|" + team + "|" + subject, key -> run(role, team, subject));
    }

    private static String run(String role, String team, String subject) {
        Path root = Path.of(System.getProperty("launchcheck.root", "..")).toAbsolutePath().normalize();
        try {
            Process process = new ProcessBuilder("bash", root.resolve("scripts/token.sh").toString(), role, team, subject)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || token.isEmpty()) {
                throw new IllegalStateException("scripts/token.sh " + role + " failed");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/token.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
