package io.crmsuite.crm.lead.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The email/phone -> contact read model, fed by contact events (never by the contact service's database). */
@ApplicationScoped
public class ContactPointRepository {
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    private static final String UPSERT = "insert into contact_point (kind, value, contact_id, updated_at)"
            + " values (?1, ?2, ?3, ?4) on conflict (kind, value) do update set contact_id = excluded.contact_id,"
            + " updated_at = excluded.updated_at";

    public Uni<Void> replace(UUID contactId, List<String> emails, List<String> phones) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Uni<Void> chain = Panache.getSession()
                .chain(session -> session.createNativeQuery("delete from contact_point where contact_id = ?1")
                        .setParameter(1, contactId)
                        .executeUpdate())
                .replaceWithVoid();
        for (String email : emails) {
            chain = chain.chain(() -> upsert(EMAIL, email, contactId, now));
        }
        for (String phone : phones) {
            chain = chain.chain(() -> upsert(PHONE, phone, contactId, now));
        }
        return chain;
    }

    public Uni<Void> repoint(UUID from, UUID to) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update contact_point set contact_id = ?2 where contact_id = ?1")
                        .setParameter(1, from)
                        .setParameter(2, to)
                        .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> forget(UUID contactId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("delete from contact_point where contact_id = ?1")
                        .setParameter(1, contactId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<Void> upsert(String kind, String value, UUID contactId, OffsetDateTime now) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter(1, kind)
                        .setParameter(2, value)
                        .setParameter(3, contactId)
                        .setParameter(4, now)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
