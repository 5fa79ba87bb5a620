package io.crmsuite.crm.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The part of a first response that is replayed: status, body (as sent), Content-Type, Location and ETag. */
public record StoredResponse(int status, String body, String contentType, String location, String etag) {
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** Captures a response, serialising its entity once, so the first answer and every replay are the same bytes. */
    static StoredResponse capture(Response response, ObjectMapper mapper) {
        Object entity = response.getEntity();
        String body;
        try {
            body = entity == null ? null : entity instanceof String text ? text : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response entity cannot be serialised", e);
        }
        MediaType type = response.getMediaType();
        String contentType = type != null ? type.toString() : body != null ? MediaType.APPLICATION_JSON : null;
        String location = response.getLocation() != null
                ? response.getLocation().toString()
                : response.getHeaderString(HttpHeaders.LOCATION);
        return new StoredResponse(
                response.getStatus(), body, contentType, location, response.getHeaderString(HttpHeaders.ETAG));
    }

    /** The first response, with its entity replaced by the stored body (its other headers kept). */
    Response firstResponse(Response original) {
        Response.ResponseBuilder builder = Response.fromResponse(original).entity(body);
        if (contentType != null) {
            builder.type(contentType);
        }
        return builder.build();
    }

    /** The replay: the stored status, body and headers plus {@code Idempotent-Replayed: true}. */
    Response replay() {
        Response.ResponseBuilder builder = Response.status(status).header(REPLAYED_HEADER, "true");
        if (body != null) {
            builder.entity(body);
        }
        if (contentType != null) {
            builder.type(contentType);
        }
        if (location != null) {
            builder.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            builder.header(HttpHeaders.ETAG, etag);
        }
        return builder.build();
    }
}
