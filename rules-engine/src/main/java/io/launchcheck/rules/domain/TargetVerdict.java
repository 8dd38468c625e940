package io.launchcheck.rules.domain;

import io.launchcheck.api.Verdict;

/** The verdict for one target. */
public final class TargetVerdict {

    private final int targetIndex;
    private final Verdict verdict;

    public TargetVerdict(int targetIndex, Verdict verdict) {
        this.targetIndex = targetIndex;
        this.verdict = verdict;
    }

    public int getTargetIndex() {
        return targetIndex;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    @Override
    public String toString() {
        return "Target " + targetIndex + " " + verdict;
    }
}
