package io.launchcheck.api.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.launchcheck.api.ModelFamily;

/**
 * The model catalog as a look-up: a name resolves to the family whose identifier begins it, or begins after an
 * organisation or provider path ("deepseek-ai/", "us.", "publishers/google/models/"), word for word; the longest
 * identifier wins, so "DeepSeek-R1-Distill-Qwen-32B" is the distilled family, not DeepSeek-R1.
 */
public final class ModelNames {

    /** A resolved model: the family and the catalog identifier that matched. */
    public record Match(ModelFamily family, String identifier) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Match match;
    }

    private final Node root = new Node();
    private final Resemblance<ModelFamily> resemblance;

    private ModelNames(Collection<ModelFamily> families) {
        Map<String, ModelFamily> byCompact = new HashMap<>();
        for (ModelFamily family : families) {
            namesOf(family).forEach(identifier -> {
                List<String> tokens = Names.tokens(identifier);
                if (tokens.isEmpty()) {
                    return;
                }
                Node node = root;
                for (String token : tokens) {
                    node = node.next.computeIfAbsent(token, t -> new Node());
                }
                if (node.match == null) {
                    node.match = new Match(family, identifier);
                }
                byCompact.putIfAbsent(String.join("", tokens), family);
            });
        }
        this.resemblance = new Resemblance<>(Map.copyOf(byCompact));
    }

    public static ModelNames of(Collection<ModelFamily> families) {
        return new ModelNames(families);
    }

    /** The family a model name resolves to. */
    public Optional<Match> resolve(String name) {
        List<String> tokens = Names.tokens(name);
        Match best = null;
        int bestLength = 0;
        for (int start = 0; start < tokens.size(); start++) {
            Node node = root;
            for (int i = start; i < tokens.size(); i++) {
                node = node.next.get(tokens.get(i));
                if (node == null) {
                    break;
                }
                if (node.match != null && i - start + 1 > bestLength) {
                    best = node.match;
                    bestLength = i - start + 1;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The family whose identifier is exactly this one, word for word: for refusing one identifier in two families. */
    public Optional<Match> owner(String identifier) {
        Node node = root;
        for (String token : Names.tokens(identifier)) {
            node = node.next.get(token);
            if (node == null) {
                return Optional.empty();
            }
        }
        return node == root ? Optional.empty() : Optional.ofNullable(node.match);
    }

    /** Families with an identifier close to this name without matching it ("deepsek-r1"), nearest first. */
    public List<ModelFamily> resembling(String name) {
        return resemblance.nearest(Names.compact(name));
    }

    /** Every identifier of a family, with its id and name. */
    public static Stream<String> namesOf(ModelFamily family) {
        return Stream.concat(Stream.of(family.id(), family.name()),
                family.identifiers() == null ? Stream.empty() : family.identifiers().stream())
                .filter(name -> name != null && !name.isBlank());
    }
}
