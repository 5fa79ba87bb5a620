package io.crmsuite.crm.lead.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.service.LeadCapture;
import io.crmsuite.crm.lead.service.Submitter;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The public web form: no login (the gateway rate-limits it per client IP), a small body limit of its own, a
 * honeypot field, the consent text stored with the lead, and nothing returned beyond an acknowledgement.
 */
@Path("/api/v1/web-forms/leads")
public class WebFormResource {
    private final LeadCapture capture;
    private final ObjectMapper json;
    private final Validator validator;
    private final int maxBytes;

    public WebFormResource(LeadCapture capture, ObjectMapper json, Validator validator, LeadConfig config) {
        this.capture = capture;
        this.json = json;
        this.validator = validator;
        this.maxBytes = config.webFormMaxBytes();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(@RequestBody(required = true) String body) throws java.io.IOException {
        if (body == null || body.isBlank()) {
            throw InvalidRequestException.forField(null, "a web-form submission is required");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new PayloadTooLargeException("A web-form submission may have at most " + maxBytes + " bytes.");
        }
        WebFormInput form = json.readValue(body, WebFormInput.class);
        if (form == null) {
            throw InvalidRequestException.forField(null, "a web-form submission is required");
        }
        Set<ConstraintViolation<WebFormInput>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
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
