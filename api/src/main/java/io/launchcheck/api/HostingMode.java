package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the model is run. Many bans target a vendor's service, not its open weights run elsewhere. */
public enum HostingMode {
    /** The app sends user data to the model vendor's own service. */
    VENDOR_API,
    /** The team runs the model (for example open weights) on servers it controls. */
    SELF_HOSTED;

    @JsonCreator
    public static HostingMode of(String value) {
        return Codes.parse(HostingMode.class, value);
    }
}
