package io.launchcheck.rules.domain;

import io.launchcheck.api.Rule;

/** The one-line message of a finding: the rule's title, or a sentence made from its kind. */
public final class Messages {

    private Messages() {
    }

    public static String of(Rule rule) {
        if (rule.title() != null && !rule.title().isBlank()) {
            return rule.title().strip();
        }
        String where = rule.jurisdiction() + (rule.organization() == null || rule.organization().isBlank()
                ? "" : " (" + rule.organization().strip() + ")");
        return switch (rule.kind()) {
            case NATIONWIDE_BAN -> "Nationwide ban in " + where;
            case GOVERNMENT_DEVICE_BAN -> "Ban on government devices and networks in " + where;
            case SECTOR_BAN -> "Sector ban in " + where;
            case DATA_LOCALIZATION -> "User data must be stored locally under the rules of " + where;
            case CROSS_BORDER_TRANSFER -> "Transfers of user data abroad are restricted in " + where;
            case DOWNLOAD_SUSPENSION -> "App downloads suspended in " + where;
            case ADVISORY -> "Advisory in " + where;
            case PROHIBITED_PRACTICE -> "Prohibited AI practice in " + where;
            case OBLIGATION -> "Obligation for this use of AI in " + where;
        };
    }
}
