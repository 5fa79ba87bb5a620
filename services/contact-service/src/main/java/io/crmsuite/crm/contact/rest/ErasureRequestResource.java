package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.contact.service.ErasureRequests;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.Pagination;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Erasure of a person in every service (right to be forgotten), and which services finished it. */
@Path("/api/v1/erasure-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Privacy",
        description = "Erasure of a person in every service, by contact or by the email or phone of someone who was"
                + " only ever a lead; the request is audited and shows which services finished it and when.")
public class ErasureRequestResource {
    private static final String ROUTE = "POST /api/v1/erasure-requests";

    private final ErasureRequests requests;
    private final Pagination pagination;
    private final CallerIdentity caller;

    public ErasureRequestResource(ErasureRequests requests, Pagination pagination, CallerIdentity caller) {
        this.requests = requests;
        this.pagination = pagination;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "requestErasure",
            summary = "Erase a person everywhere",
            description = "Erases the person named by `contactId`, `email` or `phone` in every service: their contacts"
                    + " here at once (with every email and phone they have), their leads and any later service's"
                    + " records when those services answer. 202 with the request; follow it at `Location`.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the request, with each service's part",
            headers = @Header(name = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErasureRequestView.class)))
    public Uni<Response> request(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(
                                                            name = "by email",
                                                            value =
                                                                    "{\"email\":\"wei.zhang@example.com\","
                                                                            + "\"reason\":\"Data subject request DSR-2026-014\"}")))
                    @Valid
                    @NotNull
                    ErasureRequestInput input) {
        return requests.request(input, Actor.api(caller.current(), ROUTE)).map(view -> Response.accepted(view)
                .location(URI.create("/api/v1/erasure-requests/" + view.id()))
                .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "getErasureRequest",
            summary = "Read an erasure request",
            description = "Its status (IN_PROGRESS until every service answered, then COMPLETED), the masked subject,"
                    + " and per service whether it finished, when, and how many records it erased.")
    @APIResponse(
            responseCode = "200",
            description = "The request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErasureRequestView.class)))
    public Uni<ErasureRequestView> get(@RestPath UUID id) {
        return requests.get(id);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "listErasureRequests",
            summary = "List erasure requests",
            description = "Every erasure request, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of requests",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErasureRequestPage.class)))
    public Uni<Page<ErasureRequestView>> list(@RestQuery("limit") String limit, @RestQuery("cursor") String cursor) {
        return requests.list(pagination.request(limit, cursor));
    }
}
