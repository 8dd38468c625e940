package io.launchcheck.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One committed change to a rule; see {@link ChangeRecordEntity}. */
@Entity
@Table(name = "rule_history")
public class RuleHistoryEntity extends ChangeRecordEntity {

    @Column(name = "rule_id")
    public String ruleId;
}
