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

/**
 * The public web form: no login (the gateway rate-limits it per client IP), a small body limit of its own, a
 * honeypot field, the consent text stored with the lead, and nothing returned beyond an acknowledgement.
 */
@Path("/api/v1/web-forms/leads")
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
    public Uni<Response> submit(@Valid @NotNull WebFormInput form) {
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
