package io.launchcheck.api.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are compared everywhere: vendors, legal entities, operators and model identifiers. The one place that
 * decides when two spellings are the same name; the registry (look-ups, duplicate detection) and the rules-service
 * (judgement) both use it.
 *
 * <p>Two forms:
 * <ul>
 * <li>{@link #key(String)} for organisations: Unicode compatibility forms folded (full-width letters), accents
 * dropped, case ignored, punctuation, hyphens and spaces ignored, trailing corporate suffixes dropped:
 * "Deep-Seek", "deep seek", "ＤｅｅｐＳｅｅｋ" and "DeepSeek, Inc." are all {@code deepseek}; "OpenAI, L.L.C." is
 * {@code openai}; "深度求索" stays itself.</li>
 * <li>{@link #tokens(String)} for model identifiers: the same folding, split into words at every separator and
 * between letters and digits, so "DeepSeek-R1-Distill-Qwen-32B", "deepseek_r1_distill_qwen_32b" and
 * "deepseek-r1-distill-qwen:32b" give the same words ({@code deepseek r 1 distill qwen 32 b}).</li>
 * </ul>
 */
public final class Names {

    /**
     * Words that end a company's name without being part of it ("Co., Ltd.", "Inc.", "GmbH", "S.A.", ...), after
     * dots are removed. Dropped from the end only, repeatedly, and never when nothing else would remain.
     */
    public static final Set<String> CORPORATE_SUFFIXES = Set.of(
            "co", "company", "corp", "corporation", "inc", "incorporated", "llc", "ltd", "limited", "plc", "gmbh",
            "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "as", "kk", "pte", "pvt", "pty", "lp",
            "llp", "sl", "kg", "group", "holdings", "holding");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private Names() {
    }

    /** The matching key of an organisation's name; null for null or a name with no letters or digits. */
    public static String key(String name) {
        List<String> words = words(name, true);
        int end = words.size();
        while (end > 1 && CORPORATE_SUFFIXES.contains(words.get(end - 1))) {
            end--;
        }
        String key = String.join("", words.subList(0, end));
        return key.isEmpty() ? null : key;
    }

    /** The words of a model identifier, split at separators and between letters and digits. */
    public static List<String> tokens(String identifier) {
        List<String> tokens = new ArrayList<>();
        for (String word : words(identifier, false)) {
            for (String part : LETTER_DIGIT.split(word)) {
                if (!part.isEmpty()) {
                    tokens.add(part);
                }
            }
        }
        return tokens;
    }

    /** The tokens of an identifier joined without separators: its compact form, for distances. */
    public static String compact(String identifier) {
        return String.join("", tokens(identifier));
    }

    /**
     * Folded, lower-case words; "&" is "and", apostrophes join. In organisation names dots join too ("L.L.C." is
     * {@code llc}); in model identifiers they separate ("qwen2.5", "deepseek.r1-v1:0").
     */
    static List<String> words(String name, boolean dotsJoin) {
        if (name == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("&", " and ").replace(".", dotsJoin ? "" : " ").replace("'", "").replace("\u2019", "");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
