package io.launchcheck.e2e;

/** Rule bodies as the registry answers them, made into bodies it takes back. */
final class Rules {

    private Rules() {
    }

    /** A rule as read, without the fields the registry sets itself (version, authorship, review state). */
    static String editable(String rule) {
        return rule.replaceAll(",\\s*\"(version|createdAt|createdBy|updatedAt|updatedBy|reviewOverdue)\"\\s*:\\s*"
                + "(\"[^\"]*\"|[0-9a-z.]+)", "");
    }
}
