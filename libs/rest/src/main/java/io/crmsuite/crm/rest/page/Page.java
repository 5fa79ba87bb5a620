package io.crmsuite.crm.rest.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code {"items":[...],"nextCursor":"..."}}; {@code nextCursor} is null (and still present) on
 * the last page.
 */
public record Page<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page from rows fetched with {@link PageRequest#fetchSize()} (limit + 1): the extra row, if any, only proves
     * that a next page exists, whose cursor is taken from the last row shown.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> shown = fetched.subList(0, request.limit());
        return new Page<>(shown, cursorOf.apply(shown.getLast()).encode());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
