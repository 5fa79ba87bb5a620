package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A won deal or an imported historical purchase: the input of the ABC tier and the lifecycle stage. */
@Entity
@Table(name = "purchase")
public class Purchase {
    @Id
    public UUID id;

    public UUID contactId;
    public UUID opportunityId;
    public BigDecimal amount;
    public String currency;
    public Instant purchasedAt;
    public String source;
}
