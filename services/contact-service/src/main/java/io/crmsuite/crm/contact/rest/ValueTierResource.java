package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.service.InactivityService;
import io.crmsuite.crm.contact.service.PurchaseService;
import io.crmsuite.crm.contact.service.ValueTierService;
import io.crmsuite.crm.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** Purchase history for the ABC tiers, and recomputation on demand (admins: configuration and integration). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ValueTierResource {
    private final PurchaseService purchases;
    private final ValueTierService tiers;
    private final InactivityService inactivity;

    public ValueTierResource(PurchaseService purchases, ValueTierService tiers, InactivityService inactivity) {
        this.purchases = purchases;
        this.tiers = tiers;
        this.inactivity = inactivity;
    }

    /** How many of the batch's purchases were new (a re-sent opportunity counts once). */
    public record Recorded(int received, int recorded) {}

    @POST
    @Path("/purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Recorded> record(@Valid @NotNull PurchaseBatch batch) {
        return Multi.createFrom()
                .iterable(batch.purchases())
                .onItem()
                .transformToUniAndConcatenate((PurchaseInput p) ->
                        purchases.record(p.contactId(), p.opportunityId(), p.amount(), p.purchasedAt(), "api"))
                .collect()
                .asList()
                .map(results -> new Recorded(results.size(), (int)
                        results.stream().filter(Boolean::booleanValue).count()));
    }

    /** Runs the inactivity and churn check now (it also runs on a schedule). */
    @POST
    @Path("/inactivity/check")
    @WithTransaction
    public Uni<InactivityService.Result> checkInactivity() {
        return inactivity.check(Instant.now());
    }

    @POST
    @Path("/tiers/recompute")
    @WithTransaction
    public Uni<ValueTierService.Summary> recompute() {
        return tiers.recompute(Instant.now());
    }
}
