package io.crmsuite.crm.rest.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.page.Keyset;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.PageRequest;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class WidgetService {
    static final Keyset<String, UUID> BY_NAME = Keyset.ascending("name", "name", "id", name -> name, UUID::fromString);

    private final JsonMergePatch mergePatch;

    public WidgetService(JsonMergePatch mergePatch) {
        this.mergePatch = mergePatch;
    }

    /**
     * Creates a widget. Test knobs: {@code delaySeconds} holds the transaction open (server-side, pg_sleep) to widen
     * races; {@code failAfterInsert} fails after the row was written, so the transaction must roll back.
     */
    @WithTransaction
    public Uni<Widget> create(WidgetInput input, double delaySeconds, boolean failAfterInsert) {
        Widget widget = new Widget();
        widget.id = UUID.randomUUID();
        widget.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        apply(widget, input);
        Uni<?> delay = delaySeconds <= 0
                ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(session -> session.createNativeQuery("select 1 from pg_sleep(:seconds)")
                        .setParameter("seconds", delaySeconds)
                        .getSingleResult());
        return delay.chain(() -> widget.<Widget>persistAndFlush()).invoke(() -> {
            if (failAfterInsert) {
                throw new IllegalStateException("simulated failure after the insert");
            }
        });
    }

    @WithSession
    public Uni<Widget> get(UUID id) {
        return Widget.<Widget>findById(id).onItem().ifNull().failWith(() -> ResourceNotFoundException.of("Widget", id));
    }

    @WithTransaction
    public Uni<Widget> patch(UUID id, String ifMatch, JsonNode patch) {
        return get(id).chain(widget -> {
            ETags.requireMatch(ifMatch, widget.version);
            apply(widget, mergePatch.apply(patch, WidgetView.input(widget), WidgetInput.class));
            return Panache.flush().replaceWith(widget);
        });
    }

    @WithSession
    public Uni<Page<WidgetView>> list(PageRequest page, String prefix) {
        KeysetQuery keyset = BY_NAME.query(page);
        String filter = prefix == null ? null : "name like :prefix";
        Map<String, Object> parameters = keyset.parameters(prefix == null ? Map.of() : Map.of("prefix", prefix + "%"));
        return Widget.<Widget>find(keyset.hql(filter), parameters)
                .range(0, page.limit()) // inclusive: limit + 1 rows
                .list()
                .map(rows -> BY_NAME.page(rows, page, w -> w.name, w -> w.id).map(WidgetView::of));
    }

    /** Another writer bumps the version behind this session's back; writing the stale entity then fails. */
    @WithTransaction
    public Uni<Widget> touchConcurrently(UUID id) {
        return get(id).chain(widget -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update rest_test_widget set version = version + 1 where id = :id")
                        .setParameter("id", id)
                        .executeUpdate())
                .chain(() -> {
                    widget.description = "touched";
                    return Panache.flush();
                })
                .replaceWith(widget));
    }

    private static void apply(Widget widget, WidgetInput input) {
        widget.name = input.name();
        widget.color = input.color();
        widget.email = input.email();
        widget.city = input.address() == null ? null : input.address().city();
        widget.country = input.address() == null ? null : input.address().country();
        widget.description = input.description();
    }
}
