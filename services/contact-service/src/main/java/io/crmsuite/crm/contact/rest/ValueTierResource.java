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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Schema(name = "PurchasesRecorded")
    public record Recorded(int received, int recorded) {}

    @POST
    @Path("/purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Tag(
            name = "Purchases",
            description = "Purchase history from integrations (ERP, shop): the input of the ABC tiers.")
    @Operation(
            operationId = "recordPurchases",
            summary = "Record purchases",
            description =
                    "Up to 1,000 purchases of known contacts (amounts in the tiering currency). A purchase already"
                            + " recorded for the same opportunity counts once, so a batch can be sent again.")
    @APIResponse(
            responseCode = "200",
            description = "How many purchases were new",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Recorded.class)))
    public Uni<Recorded> record(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(name = "one purchase", value = Examples.PURCHASES)))
                    @Valid
                    @NotNull
                    PurchaseBatch batch) {
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
    @Tag(name = "Inactivity", description = "The inactivity and churn check (it also runs on a schedule).")
    @Operation(
            operationId = "checkInactivity",
            summary = "Run the inactivity check now",
            description =
                    "Marks contacts without activity for the configured period as inactive (event `contact inactive`)"
                            + " and moves lapsed customers' lifecycle stage; the same check runs on a schedule.")
    @APIResponse(
            responseCode = "200",
            description = "What the check changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InactivityService.Result.class)))
    public Uni<InactivityService.Result> checkInactivity() {
        return inactivity.check(Instant.now());
    }

    @POST
    @Path("/tiers/recompute")
    @WithTransaction
    @Tag(
            name = "Value tiers",
            description = "ABC value tiers from trailing revenue (A ≈ the top 10-15 % of customers).")
    @Operation(
            operationId = "recomputeValueTiers",
            summary = "Recompute the value tiers now",
            description =
                    "Recomputes every contact's ABC tier from the trailing revenue (event `tier-changed` per change);"
                            + " the same runs on a schedule.")
    @APIResponse(
            responseCode = "200",
            description = "How many contacts are in each tier and how many changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ValueTierService.Summary.class)))
    public Uni<ValueTierService.Summary> recompute() {
        return tiers.recompute(Instant.now());
    }
}
