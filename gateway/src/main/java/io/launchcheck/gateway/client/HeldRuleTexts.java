package io.launchcheck.gateway.client;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.compact.RuleTextDigests;
import io.launchcheck.api.compact.RuleTexts;
import io.launchcheck.gateway.config.GatewayConfig;

/**
 * The rules' texts the gateway holds, by the digest it computed from them ({@link RuleTextDigests}), filled
 * from the rules-service's answers that carry texts (the compact form's second version) and read to expand those
 * that name them by digest (the third and fourth); the not-checked rules likewise (named by digest in the fourth). A digest is only ever mapped to the texts that hash to it, so a changed rule
 * (new texts, new digest) is never expanded with its old texts. Bounded ({@code launchcheck.gateway.rule-texts-held}).
 */
@ApplicationScoped
public class HeldRuleTexts {

    private final Cache<String, RuleTexts> texts;
    /** The not-checked rules, by digest, the same way (the fourth version names them by digest). */
    private final Cache<String, UncheckedRule> unchecked;
    /** Digests of texts seen before: answers with texts (an older rules-service) hash only new ones. */
    private final RuleTextDigests digests;

    public HeldRuleTexts(GatewayConfig config) {
        this.texts = Caffeine.newBuilder().maximumSize(config.ruleTextsHeld()).build();
        this.unchecked = Caffeine.newBuilder().maximumSize(config.ruleTextsHeld()).build();
        this.digests = new RuleTextDigests(config.ruleTextsHeld());
    }

    /** The texts of this digest, or null when they are not held. */
    public RuleTexts get(String digest) {
        return texts.getIfPresent(digest);
    }

    /** The not-checked rule of this digest, or null when it is not held. */
    public UncheckedRule unchecked(String digest) {
        return unchecked.getIfPresent(digest);
    }

    /** Holds these not-checked rules. */
    public void holdUnchecked(List<UncheckedRule> rules) {
        if (rules != null) {
            rules.forEach(held -> {
                if (held != null) {
                    unchecked.put(digests.of(held), held);
                }
            });
        }
    }

    /** Holds these rules' texts. */
    public void hold(Map<String, RuleTexts> rules) {
        if (rules != null) {
            rules.values().forEach(held -> {
                if (held != null) {
                    texts.put(digests.of(held), held);
                }
            });
        }
    }

    /** Whether no texts are held (then asking for digests is bound to need a second call). */
    public boolean isEmpty() {
        return texts.estimatedSize() == 0;
    }

    /** Holds no texts any more. */
    public void clear() {
        texts.invalidateAll();
        unchecked.invalidateAll();
    }
}
