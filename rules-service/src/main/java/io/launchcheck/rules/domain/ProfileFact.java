package io.launchcheck.rules.domain;

import java.time.LocalDate;
import java.util.List;

import io.launchcheck.api.HostingMode;

/**
 * The deployment profile as the rules see it: the vendor already resolved to its identity (or not),
 * the origin country already taken from the vendor when the profile gives none.
 */
public final class ProfileFact {

    private final String appName;
    private final String appKey;
    private final String vendorGiven;
    private final String vendorId;
    private final String vendorName;
    private final String originCountry;
    private final boolean originFromVendor;
    private final HostingMode hostingMode;
    private final List<String> dataCountries;
    private final Boolean processesPersonalData;
    private final LocalDate asOf;

    public ProfileFact(String appName, String vendorGiven, String vendorId, String vendorName, String originCountry,
            boolean originFromVendor, HostingMode hostingMode, List<String> dataCountries,
            Boolean processesPersonalData, LocalDate asOf) {
        this.appName = appName == null ? null : appName.strip();
        this.appKey = Keys.of(appName);
        this.vendorGiven = vendorGiven == null ? null : vendorGiven.strip();
        this.vendorId = vendorId;
        this.vendorName = vendorName;
        this.originCountry = originCountry;
        this.originFromVendor = originFromVendor;
        this.hostingMode = hostingMode;
        this.dataCountries = dataCountries == null ? List.of() : List.copyOf(dataCountries);
        this.processesPersonalData = processesPersonalData;
        this.asOf = asOf;
    }

    public String getAppName() {
        return appName;
    }

    /** The app name trimmed and lower-cased, for case-insensitive matching. */
    public String getAppKey() {
        return appKey;
    }

    /** The vendor as the profile wrote it. */
    public String getVendorGiven() {
        return vendorGiven;
    }

    /** The vendor id the profile's vendor resolved to; null when the vendor is unknown or not given. */
    public String getVendorId() {
        return vendorId;
    }

    public String getVendorName() {
        return vendorName;
    }

    public boolean isVendorUnknown() {
        return vendorGiven != null && !vendorGiven.isEmpty() && vendorId == null;
    }

    /** The app's origin country, or the resolved vendor's when the profile gives none. */
    public String getOriginCountry() {
        return originCountry;
    }

    public boolean isOriginFromVendor() {
        return originFromVendor;
    }

    public HostingMode getHostingMode() {
        return hostingMode;
    }

    /** Where user data is stored or processed, as given (normalized codes); may be empty. */
    public List<String> getDataCountries() {
        return dataCountries;
    }

    /** Null when the profile does not say (taken as true). */
    public Boolean getProcessesPersonalData() {
        return processesPersonalData;
    }

    public LocalDate getAsOf() {
        return asOf;
    }
}
