package io.launchcheck.rules.domain;

/**
 * A link of the jurisdiction graph from a target to a jurisdiction whose rules may reach it.
 *
 * @see Relation
 */
public final class Reach {

    private final int targetIndex;
    private final String target;
    private final String jurisdiction;
    private final Relation relation;
    private final String via;

    /**
     * @param via the jurisdiction in between, if any: the country of a subdivision target that belongs to
     *            a bloc, or the member country of a bloc target whose subdivision has rules
     */
    public Reach(int targetIndex, String target, String jurisdiction, Relation relation, String via) {
        this.targetIndex = targetIndex;
        this.target = target;
        this.jurisdiction = jurisdiction;
        this.relation = relation;
        this.via = via;
    }

    public int getTargetIndex() {
        return targetIndex;
    }

    public String getTarget() {
        return target;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getVia() {
        return via;
    }

    public boolean isDirect() {
        return via == null;
    }

    @Override
    public String toString() {
        return target + " -" + relation + "-> " + jurisdiction + (via == null ? "" : " via " + via);
    }
}
