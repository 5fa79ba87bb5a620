package io.crmsuite.crm.rest.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.idempotency.IdempotencyKeys;
import io.crmsuite.crm.rest.idempotency.IdempotencyScope;
import io.crmsuite.crm.rest.idempotency.IdempotencyStore;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.Pagination;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** Test-only resource showing how a service uses the conventions: thin, everything else is in the library. */
@Path(WidgetResource.ROUTE)
@Produces(MediaType.APPLICATION_JSON)
public class WidgetResource {
    static final String ROUTE = "/api/v1/widgets";

    private final WidgetService widgets;
    private final IdempotencyStore idempotency;
    private final Pagination pagination;

    public WidgetResource(WidgetService widgets, IdempotencyStore idempotency, Pagination pagination) {
        this.widgets = widgets;
        this.idempotency = idempotency;
        this.pagination = pagination;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @HeaderParam("X-Test-Caller") String caller,
            @HeaderParam("X-Test-Delay-Ms") Integer delayMs,
            @HeaderParam("X-Test-Fail-After-Insert") boolean failAfterInsert,
            @Valid @NotNull WidgetInput input) {
        IdempotencyScope scope =
                new IdempotencyScope(caller == null ? IdempotencyScope.ANONYMOUS : caller, "POST", ROUTE);
        double delaySeconds = delayMs == null ? 0 : delayMs / 1000.0;
        return idempotency.execute(key, scope, input, () -> widgets.create(input, delaySeconds, failAfterInsert)
                .map(widget -> Response.created(URI.create(ROUTE + "/" + widget.id))
                        .header(HttpHeaders.ETAG, ETags.of(widget.version))
                        .entity(WidgetView.of(widget))
                        .build()));
    }

    @GET
    @Path("{id}")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return widgets.get(id).map(WidgetResource::withETag);
    }

    @PATCH
    @Path("{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Uni<Response> patch(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, JsonNode patch) {
        ETags.requirePresent(ifMatch);
        return widgets.patch(id, ifMatch, patch).map(WidgetResource::withETag);
    }

    @GET
    public Uni<Page<WidgetView>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("prefix") String prefix) {
        return widgets.list(pagination.request(limit, cursor), prefix);
    }

    @POST
    @Path("{id}/concurrent-touch")
    public Uni<Response> touchConcurrently(@PathParam("id") UUID id) {
        return widgets.touchConcurrently(id).map(WidgetResource::withETag);
    }

    private static Response withETag(Widget widget) {
        return Response.ok(WidgetView.of(widget))
                .header(HttpHeaders.ETAG, ETags.of(widget.version))
                .build();
    }
}
