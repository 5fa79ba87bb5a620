package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.lead.domain.ContactPoint;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The email/phone → contact read model, fed by contact events (never by the contact service's database). */
@ApplicationScoped
public class ContactPointRepository {
    static final EntityTable<ContactPoint> TABLE = EntityTable.of(ContactPoint.class);
    private static final String TAKE_OVER = "on conflict (kind, value) do update set contact_id = excluded.contact_id,"
            + " updated_at = excluded.updated_at";

    /** The contact's points are exactly these (a point another contact held moves to this one). */
    public Uni<Void> replace(UUID contactId, List<String> emails, List<String> phones) {
        Instant now = Instant.now();
        List<ContactPoint> points = new ArrayList<>();
        new java.util.LinkedHashSet<>(emails)
                .forEach(e -> points.add(ContactPoint.of(ContactPoint.EMAIL, e, contactId, now)));
        new java.util.LinkedHashSet<>(phones)
                .forEach(p -> points.add(ContactPoint.of(ContactPoint.PHONE, p, contactId, now)));
        return forget(contactId)
                .chain(() -> SetStatements.insert(TABLE, points, TAKE_OVER))
                .replaceWithVoid();
    }

    public Uni<Void> repoint(UUID from, UUID to) {
        return SetStatements.execute("update contact_point set contact_id = ?2 where contact_id = ?1", from, to)
                .replaceWithVoid();
    }

    public Uni<Void> forget(UUID contactId) {
        return SetStatements.execute("delete from contact_point where contact_id = ?1", contactId)
                .replaceWithVoid();
    }

    /** Forgets these emails and phones, whichever contact they pointed at (an erased person's). */
    public Uni<Void> forgetValues(List<String> emails, List<String> phones) {
        return SetStatements.execute(
                        "delete from contact_point where (kind = 'email' and value = any(?1))"
                                + " or (kind = 'phone' and value = any(?2))",
                        emails.toArray(String[]::new),
                        phones.toArray(String[]::new))
                .replaceWithVoid();
    }

    /** The contacts holding any of these emails or phones: {@code "email:" + value} or {@code "phone:" + value} → id. */
    public Uni<Map<String, UUID>> contactsFor(Collection<String> emails, Collection<String> phones) {
        if (emails.isEmpty() && phones.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SetStatements.rows(
                        "select kind, value, contact_id from contact_point where (kind = 'email' and value = any(?1))"
                                + " or (kind = 'phone' and value = any(?2))",
                        emails.toArray(String[]::new),
                        phones.toArray(String[]::new))
                .map(rows -> {
                    Map<String, UUID> found = new HashMap<>();
                    rows.forEach(row -> found.put(row[0] + ":" + row[1], io.crmsuite.crm.persistence.Sql.uuid(row[2])));
                    return found;
                });
    }
}
