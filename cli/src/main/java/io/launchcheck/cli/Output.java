package io.launchcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.launchcheck.api.Verdict;

/** One {@code --output}: a format, written to standard output or, with {@code format=path}, to a file. */
record Output(Format format, Path file) {

    enum Format {
        TEXT, JSON, SARIF, JUNIT
    }

    /** What every format needs to know besides the reports. */
    record Run(List<Report> reports, Verdict failOn, String mode, boolean colour) {

        boolean passed() {
            return reports.stream().noneMatch(report -> report.fails(failOn));
        }
    }

    /** {@code text}, {@code sarif=build/launchcheck.sarif}, ... */
    static Output parse(String value) {
        int equals = value.indexOf('=');
        String name = (equals < 0 ? value : value.substring(0, equals)).strip().toUpperCase(Locale.ROOT);
        Format format;
        try {
            format = Format.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw CheckFailure.usage("--output " + value + ": expected text, json, sarif or junit, optionally =PATH");
        }
        if (equals >= 0 && value.substring(equals + 1).isBlank()) {
            throw CheckFailure.usage("--output " + value + ": the path after = is empty");
        }
        return new Output(format, equals < 0 ? null : Path.of(value.substring(equals + 1).strip()));
    }

    void write(Run run, PrintWriter stdout) {
        Run forThis = file == null ? run : new Run(run.reports(), run.failOn(), run.mode(), false);
        String text = switch (format) {
            case TEXT -> TextFormat.render(forThis);
            case JSON -> JsonFormat.render(forThis);
            case SARIF -> SarifFormat.render(forThis);
            case JUNIT -> JunitFormat.render(forThis);
        };
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CheckFailure.usage("--output " + format.name().toLowerCase(Locale.ROOT) + "=" + file
                    + ": cannot write it: " + e.getMessage());
        }
    }
}
