package io.crmsuite.crm.rest.testapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Test-only: echoes typed query parameters as the shared converters deliver them ("null" when absent). */
@Path("/api/v1/query-probe")
@Produces(MediaType.APPLICATION_JSON)
public class QueryProbeResource {

    @GET
    public Map<String, String> probe(
            @RestQuery("color") Color color,
            @QueryParam("id") UUID id,
            @RestQuery("since") Instant since,
            @RestQuery("day") LocalDate day,
            @RestQuery("count") Integer count,
            @RestQuery("flag") Boolean flag,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 10)) @RestQuery("text") String text) {
        Map<String, String> echo = new LinkedHashMap<>();
        echo.put("color", String.valueOf(color));
        echo.put("id", String.valueOf(id));
        echo.put("since", String.valueOf(since));
        echo.put("day", String.valueOf(day));
        echo.put("count", String.valueOf(count));
        echo.put("flag", String.valueOf(flag));
        echo.put("text", String.valueOf(text));
        return echo;
    }

    /** A path id stays JAX-RS': an id that is not a UUID names no resource (404). */
    @GET
    @Path("/{id}")
    public String byId(@RestPath UUID id) {
        return id.toString();
    }
}
