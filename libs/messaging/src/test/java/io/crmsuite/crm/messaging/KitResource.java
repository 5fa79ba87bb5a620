package io.crmsuite.crm.messaging;

import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.persistence.SetStatements;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test-only aggregate: each revision of an order is a state change plus its event, in one transaction. */
@Path("/kit/orders/{id}/revisions/{revision}")
public class KitResource {
    private final Outbox outbox;

    public KitResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @WithTransaction
    public Uni<String> revise(@PathParam("id") UUID id, @PathParam("revision") long revision) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("insert into kit_order (id, revision) values (?1, ?2)"
                                + " on conflict (id) do update set revision = excluded.revision")
                        .setParameter(1, id)
                        .setParameter(2, revision)
                        .executeUpdate())
                .chain(() -> outbox.append(
                        new ContactUpdated(id, revision, List.of("revision"), List.of(), List.of(), Instant.now())))
                .chain(() -> SetStatements.value(
                        "select id from crm_outbox where event_key = ?1 order by seq desc limit 1", id.toString()))
                .map(String::valueOf); // the CloudEvents id of the event just appended
    }
}
