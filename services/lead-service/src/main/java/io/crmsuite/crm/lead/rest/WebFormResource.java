package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.service.LeadCapture;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public web form: no login (the gateway rate-limits it per client IP), a small body limit of its own, a
 * honeypot field, the consent text stored with the lead, and nothing returned beyond an acknowledgement.
 */
@Path("/api/v1/web-forms/leads")
@Tag(name = "Web forms", description = "The public web form of the company's site: no login.")
public class WebFormResource {
    private final LeadCapture capture;

    public WebFormResource(LeadCapture capture) {
        this.capture = capture;
    }

    /**
     * Size-limited by {@code crm.rest.path-limits} (8 KiB by default, a 413 problem above it); the JSON and its bean
     * validation are the REST layer's; the honeypot and the consent text are checked here.
     */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitWebForm",
            summary = "Submit the web form",
            description = "A visitor's submission becomes a lead (source WEB_FORM), scored and routed like any other."
                    + " The consent text shown on the form is required and kept with the lead. `website` is a"
                    + " honeypot hidden from people: any value refuses the submission. Bodies above 8 KiB are refused;"
                    + " the gateway limits submissions per client IP. Nothing about the lead is returned.")
    @APIResponse(
            responseCode = "202",
            description = "Received",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "status",
                                                            type = SchemaType.STRING,
                                                            enumeration = "received"))))
    public Uni<Response> submit(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "visitor", value = Examples.WEB_FORM)))
                    @Valid
                    @NotNull
                    WebFormInput form) {
        if (form.website() != null && !form.website().isEmpty()) {
            throw InvalidRequestException.forField("website", "must be empty");
        }
        if (form.consent().text() == null || form.consent().text().isBlank()) {
            throw InvalidRequestException.forField("consent.text", "the consent text shown on the form is required");
        }
        return capture.capture(form.toLead(), Submitter.webForm())
                .replaceWith(Response.accepted(Map.of("status", "received")).build());
    }
}
