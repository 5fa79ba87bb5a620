package io.crmsuite.crm.rest.testapp;

import java.time.Instant;
import java.util.UUID;

public record WidgetView(
        UUID id,
        String name,
        Color color,
        String email,
        Address address,
        String description,
        long version,
        Instant createdAt) {

    static WidgetView of(Widget widget) {
        Address address =
                widget.city == null && widget.country == null ? null : new Address(widget.city, widget.country);
        return new WidgetView(
                widget.id,
                widget.name,
                widget.color,
                widget.email,
                address,
                widget.description,
                widget.version,
                widget.createdAt);
    }

    static WidgetInput input(Widget widget) {
        WidgetView view = of(widget);
        return new WidgetInput(view.name(), view.color(), view.email(), view.address(), view.description());
    }
}
