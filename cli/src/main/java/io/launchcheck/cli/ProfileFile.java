package io.launchcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One deployment profile as given on the command line: a JSON or YAML file, a file of a directory, or standard
 * input ({@code -}). Keeps the text, so results can point at the line of each target's jurisdiction.
 */
record ProfileFile(String name, String text, ObjectNode tree) {

    private static final Pattern JURISDICTION = Pattern.compile("\"?jurisdiction\"?\\s*:\\s*[\"']?([A-Za-z0-9-]*)");

    /** Reads every profile named: files as they are, directories by their *.json, *.yaml and *.yml files. */
    static List<ProfileFile> read(List<String> arguments, InputStream stdin) {
        List<ProfileFile> profiles = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                try {
                    profiles.add(parse("stdin", new String(stdin.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw CheckFailure.usage("cannot read standard input: " + e.getMessage());
                }
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> found = files.filter(ProfileFile::isProfile).sorted().toList();
                    if (found.isEmpty()) {
                        throw CheckFailure.usage(argument + ": no *.json, *.yaml or *.yml profile in this directory");
                    }
                    found.forEach(file -> profiles.add(read(file)));
                } catch (IOException e) {
                    throw CheckFailure.usage(argument + ": cannot list the directory: " + e.getMessage());
                }
            } else {
                profiles.add(read(path));
            }
        }
        return profiles;
    }

    private static boolean isProfile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static ProfileFile read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw CheckFailure.usage(file + ": cannot read the profile: " + e.getMessage());
        }
    }

    /** JSON when it starts like JSON, else YAML (of which JSON is a subset). */
    static ProfileFile parse(String name, String text) {
        String start = text.stripLeading();
        try {
            JsonNode tree = (start.startsWith("{") ? Json.JSON : Json.YAML).readTree(text);
            if (!(tree instanceof ObjectNode object)) {
                throw CheckFailure.usage(name + ": a profile is an object with app, hosting and targets");
            }
            return new ProfileFile(name, text, object);
        } catch (JsonProcessingException e) {
            throw CheckFailure.usage(name + ": not valid JSON or YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    /** The path to show in reports: relative to the working directory when it is inside it, with / separators. */
    String uri() {
        if (name.equals("stdin")) {
            return "stdin";
        }
        Path path = Path.of(name);
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * The line (from 1) of the {@code index}-th target's jurisdiction entry, found by scanning the text: the
     * index-th {@code jurisdiction} key, else the first one naming the code, else line 1.
     */
    int lineOfTarget(int index, String jurisdiction) {
        Matcher matcher = JURISDICTION.matcher(text);
        int seen = 0;
        int firstWithCode = -1;
        while (matcher.find()) {
            if (seen == index) {
                return lineAt(matcher.start());
            }
            if (firstWithCode < 0 && matcher.group(1).equalsIgnoreCase(jurisdiction)) {
                firstWithCode = matcher.start();
            }
            seen++;
        }
        return firstWithCode >= 0 ? lineAt(firstWithCode) : 1;
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
