package io.crmsuite.crm.messaging;

import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Test-only: one aggregate's revisions 1..n appended as a batch in one transaction. */
@Path("/kit/batches/{id}/{count}")
public class KitBatchResource {
    private final Outbox outbox;

    public KitBatchResource(Outbox outbox) {
        this.outbox = outbox;
    }

    static List<ContactUpdated> revisions(UUID id, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(r -> new ContactUpdated(id, r, List.of("revision"), List.of(), List.of(), Instant.now()))
                .toList();
    }

    @POST
    @Path("/session")
    @WithTransaction
    public Uni<Void> inSession(@PathParam("id") UUID id, @PathParam("count") int count) {
        return outbox.append(revisions(id, count));
    }

    @POST
    @Path("/rolled-back")
    public Uni<Void> rolledBack(@PathParam("id") UUID id, @PathParam("count") int count) {
        return Panache.withTransaction(() -> outbox.append(revisions(id, count))
                        .chain(() -> Uni.createFrom().<Void>failure(new IllegalStateException("rolled back"))))
                .onFailure()
                .recoverWithNull();
    }
}
