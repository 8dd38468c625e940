package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What a rule demands; the rules-service's DRL decides what each kind means for a profile. */
public enum RuleKind {
    NATIONWIDE_BAN,
    GOVERNMENT_DEVICE_BAN,
    SECTOR_BAN,
    DATA_LOCALIZATION,
    CROSS_BORDER_TRANSFER,
    DOWNLOAD_SUSPENSION,
    ADVISORY;

    @JsonCreator
    public static RuleKind of(String value) {
        return Codes.parse(RuleKind.class, value);
    }
}
