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
    ADVISORY,
    /** A practice an AI law prohibits for the use cases the rule names (e.g. EU AI Act Art. 5): the rule's severity. */
    PROHIBITED_PRACTICE,
    /** A duty (disclose, label, assess, register, appoint a representative) for some use cases or roles: always a warning. */
    OBLIGATION;

    @JsonCreator
    public static RuleKind of(String value) {
        return Codes.parse(RuleKind.class, value);
    }
}
