package io.launchcheck.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One committed change to a model family; see {@link ChangeRecordEntity}. */
@Entity
@Table(name = "model_history")
public class ModelHistoryEntity extends ChangeRecordEntity {

    @Column(name = "model_id")
    public String modelId;
}
