package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.contact.domain.Consent;
import io.crmsuite.crm.contact.service.ErasureService;
import io.crmsuite.crm.contact.service.ExportService;
import io.crmsuite.crm.contact.service.PrivacyService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Data protection: consent per channel and purpose, export of a person's data, erasure. */
@Path("/api/v1/contacts/{id}")
@RolesAllowed({
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.SALES_MANAGER,
    Roles.SALES_REP,
    Roles.SUPPORT_MANAGER,
    Roles.SUPPORT_AGENT,
    Roles.MARKETER
})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Consent and privacy",
        description = "Consent per channel and purpose, export of everything held about a person, and erasure"
                + " (PIPL / GDPR).")
public class PrivacyResource {
    private final PrivacyService consents;
    private final ExportService exports;
    private final ErasureService erasures;
    private final ContactMapper mapper;
    private final CallerIdentity caller;

    public PrivacyResource(
            PrivacyService consents,
            ExportService exports,
            ErasureService erasures,
            ContactMapper mapper,
            CallerIdentity caller) {
        this.consents = consents;
        this.exports = exports;
        this.erasures = erasures;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Path("/consents")
    @Operation(
            operationId = "listContactConsents",
            summary = "A contact's consents",
            description = "The latest decision per channel and purpose, with when, from which source and on which legal"
                    + " basis.")
    @APIResponse(
            responseCode = "200",
            description = "The consents",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Consent.class)))
    public Uni<List<Consent>> consents(@RestPath UUID id) {
        return consents.consents(id, caller.current());
    }

    /** Records a consent decision (the latest per channel and purpose wins; the audit trail keeps the history). */
    @POST
    @Path("/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "recordContactConsent",
            summary = "Record a consent decision",
            description = "Grants or withdraws consent for one channel and purpose; the latest decision wins, the audit"
                    + " trail keeps the history, and marketing follows the `consent-changed` event.")
    @APIResponse(
            responseCode = "200",
            description = "The recorded consent",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consent.class)))
    public Uni<Consent> recordConsent(
            @RestPath UUID id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(name = "marketing email", value = Examples.CONSENT)))
                    @Valid
                    @NotNull
                    ConsentInput input) {
        var user = caller.current();
        return consents.record(id, input, user, Actor.api(user, "POST /api/v1/contacts/{id}/consents"));
    }

    /** Everything held about the person, as JSON (admins and auditors: a data-protection task). */
    @GET
    @Path("/export")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "exportContact",
            summary = "Export a person's data",
            description = "Everything held about the person, as JSON: contact, account, interactions, tasks, consents,"
                    + " purchases, lifecycle and audit trail. The export itself is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonExport.class)))
    public Uni<PersonExport> export(@RestPath UUID id) {
        var user = caller.current();
        return exports.export(id, user, Actor.api(user, "GET /api/v1/contacts/{id}/export"));
    }

    /** Anonymises the person's data in place (admins only); other services follow the {@code contact erased} event. */
    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "eraseContact",
            summary = "Erase a person",
            description =
                    "Anonymises the person's data in place (the record stays, without personal data); other services"
                            + " follow the `contact erased` event. The erasure is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The anonymised contact",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "The contact was already erased")
    public Uni<ContactView> erase(@RestPath UUID id) {
        var user = caller.current();
        return erasures.erase(id, user, Actor.api(user, "POST /api/v1/contacts/{id}/erasure"))
                .map(mapper::toView);
    }
}
