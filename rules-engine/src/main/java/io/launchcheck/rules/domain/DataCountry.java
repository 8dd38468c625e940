package io.launchcheck.rules.domain;

/** A country where the app stores or processes user data ({@code hosting.dataCountries}). */
public final class DataCountry {

    private final String code;

    public DataCountry(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
