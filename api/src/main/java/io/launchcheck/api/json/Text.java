package io.launchcheck.api.json;

/** The character check strict JSON applies to strings, for text that arrives elsewhere (query parameters). */
public final class Text {

    private Text() {
    }

    /** What is wrong with the text (control characters, unpaired surrogates), or null if nothing is. */
    public static String problemOf(String text) {
        return TextDeserializer.problemOf(text);
    }
}
