package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Who uses the app in a target jurisdiction. */
public enum Segment {
    CONSUMER,
    ENTERPRISE,
    /** Government agencies, their staff and their devices and networks. */
    GOVERNMENT,
    MILITARY,
    STATE_OWNED_ENTERPRISE;

    @JsonCreator
    public static Segment of(String value) {
        return Codes.parse(Segment.class, value);
    }
}
