package io.launchcheck.registry.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.launchcheck.registry.domain.ChangeRecordEntity;
import io.launchcheck.registry.domain.ModelHistoryEntity;
import io.launchcheck.registry.domain.RuleHistoryEntity;

/** Rule, vendor and model history, and the reconstruction of past states from it. */
@ApplicationScoped
public class HistoryRepository {

    private final EntityManager em;

    @Inject
    HistoryRepository(EntityManager em) {
        this.em = em;
    }

    public void add(ChangeRecordEntity row) {
        em.persist(row);
    }

    /** A rule's history, newest first. */
    public List<RuleHistoryEntity> ofRule(String ruleId) {
        return em.createQuery("from RuleHistoryEntity where ruleId = :id order by rulesetVersion desc, id desc",
                RuleHistoryEntity.class).setParameter("id", ruleId).getResultList();
    }

    /** The JSON of every rule that existed at a ruleset version, ordered by rule id. */
    public List<String> rulesAt(long version) {
        return latestAfterImages("rule_history", "rule_id", version);
    }

    /** The JSON of every vendor that existed at a ruleset version, ordered by vendor id. */
    public List<String> vendorsAt(long version) {
        return latestAfterImages("vendor_history", "vendor_id", version);
    }

    /** The JSON of every model family that existed at a ruleset version, ordered by id. */
    public List<String> modelsAt(long version) {
        return latestAfterImages("model_history", "model_id", version);
    }

    /**
     * The rules changed after ruleset version {@code since} up to {@code upTo}, ordered by rule id: each as
     * {@code [rule id, after image JSON]}, the JSON null when the last change deleted the rule.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> rulesChangedBetween(long since, long upTo) {
        String sql = "SELECT rule_id, CASE WHEN action = 'DELETED' THEN NULL ELSE after_json END FROM ("
                + "SELECT DISTINCT ON (rule_id) rule_id, action, after::text AS after_json FROM rule_history"
                + " WHERE ruleset_version > :since AND ruleset_version <= :upTo"
                + " ORDER BY rule_id, ruleset_version DESC, id DESC) latest ORDER BY rule_id";
        return em.createNativeQuery(sql).setParameter("since", since).setParameter("upTo", upTo).getResultList();
    }

    /** Whether a vendor or a model family changed after ruleset version {@code since} up to {@code upTo}. */
    public boolean vendorsOrModelsChangedBetween(long since, long upTo) {
        String sql = "SELECT EXISTS (SELECT 1 FROM vendor_history WHERE ruleset_version > :since AND ruleset_version <= :upTo)"
                + " OR EXISTS (SELECT 1 FROM model_history WHERE ruleset_version > :since AND ruleset_version <= :upTo)";
        return (Boolean) em.createNativeQuery(sql).setParameter("since", since).setParameter("upTo", upTo)
                .getSingleResult();
    }

    /** A model family's history, newest first. */
    public List<ModelHistoryEntity> ofModel(String modelId) {
        return em.createQuery("from ModelHistoryEntity where modelId = :id order by rulesetVersion desc, id desc",
                ModelHistoryEntity.class).setParameter("id", modelId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> latestAfterImages(String table, String idColumn, long version) {
        // the last change of each id up to the version; a deletion leaves no after image
        String sql = "SELECT after_json FROM (SELECT DISTINCT ON (" + idColumn + ") " + idColumn
                + " AS key, action, after::text AS after_json FROM " + table + " WHERE ruleset_version <= :version"
                + " ORDER BY " + idColumn + ", ruleset_version DESC, id DESC) latest"
                + " WHERE action <> 'DELETED' ORDER BY key";
        return em.createNativeQuery(sql).setParameter("version", version).getResultList();
    }
}
