package io.launchcheck.e2e;

/** Realistic deployment profiles, written the way product teams send them. */
final class Profiles {

    private Profiles() {
    }

    static String deepSeekApi(String asOf, String targets) {
        return """
                {"app": {"name": "acme-assistant", "vendor": "DeepSeek", "model": "deepseek-r1", "originCountry": "CN"},
                 "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
                 "processesPersonalData": true,
                 "targets": [%s],
                 "asOf": "%s"}
                """.formatted(targets, asOf);
    }

    static String target(String jurisdiction, String segments, String sectors) {
        return """
                {"jurisdiction": "%s", "segments": [%s], "sectors": [%s]}""".formatted(jurisdiction, segments, sectors);
    }

    static String app(String name, String vendor, String origin, String mode, String dataCountries, String asOf,
            String targets) {
        return """
                {"app": {"name": "%s", "vendor": "%s", "originCountry": "%s"},
                 "hosting": {"mode": "%s", "dataCountries": [%s]},
                 "processesPersonalData": true,
                 "targets": [%s],
                 "asOf": "%s"}
                """.formatted(name, vendor, origin, mode, dataCountries, targets, asOf);
    }
}
