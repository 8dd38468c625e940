package io.launchcheck.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One committed change to a vendor; see {@link ChangeRecordEntity}. */
@Entity
@Table(name = "vendor_history")
public class VendorHistoryEntity extends ChangeRecordEntity {

    @Column(name = "vendor_id")
    public String vendorId;
}
