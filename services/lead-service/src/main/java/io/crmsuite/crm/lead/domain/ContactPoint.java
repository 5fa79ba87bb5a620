package io.crmsuite.crm.lead.domain;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The lead service's read model of the contact service: a normalised email or E.164 phone and the contact that holds
 * it, fed by contact events (never read from the contact service's database). Written only set-based.
 */
@Table(name = "contact_point")
public class ContactPoint {
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    @Id
    public String kind;

    @Id
    public String value;

    public UUID contactId;
    public Instant updatedAt;

    public static ContactPoint of(String kind, String value, UUID contactId, Instant now) {
        ContactPoint point = new ContactPoint();
        point.kind = kind;
        point.value = value;
        point.contactId = contactId;
        point.updatedAt = now;
        return point;
    }
}
