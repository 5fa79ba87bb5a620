package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of a purchase: the product (id, SKU, name, family), quantity, unit price, discount and amount. */
@Entity
@Table(name = "purchase_item")
public class PurchaseItem {
    @Id
    public UUID id;

    public UUID purchaseId;
    public int line;
    public UUID productId;
    public String sku;
    public String name;
    public String family;
    public BigDecimal quantity;
    public BigDecimal unitPrice;
    public BigDecimal discountPercent;
    public BigDecimal amount;
    public String currency;
}
