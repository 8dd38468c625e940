package io.launchcheck.rules.domain;

import io.launchcheck.api.Verdict;

/** The worst of the targets' verdicts. */
public final class OverallVerdict {

    private final Verdict verdict;

    public OverallVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    @Override
    public String toString() {
        return "Overall " + verdict;
    }
}
