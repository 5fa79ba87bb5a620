package io.crmsuite.crm.rest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeysetTest {
    private static final Keyset<String, Long> BY_NAME = Keyset.ascending("name", "name", "id", s -> s, Long::valueOf);
    private static final Keyset<Instant, Long> NEWEST_FIRST =
            Keyset.descending("created", "createdAt", "id", Instant::parse, Long::valueOf);

    record Row(String name, long id) {}

    @Test
    void theFirstPageHasOnlyTheOrder() {
        KeysetQuery query = BY_NAME.query(PageRequest.first(10));

        assertThat(query.predicate()).isEmpty();
        assertThat(query.hql(null)).isEqualTo("order by name asc, id asc");
        assertThat(query.hql("owner = :owner")).isEqualTo("owner = :owner order by name asc, id asc");
        assertThat(query.parameters(Map.of("owner", "me"))).isEqualTo(Map.of("owner", "me"));
    }

    @Test
    void laterPagesContinueAfterTheCursorWithTheIdBreakingTies() {
        PageRequest request = new PageRequest(10, BY_NAME.cursorAfter("Acme", 42L));

        KeysetQuery query = BY_NAME.query(request);

        assertThat(query.predicate())
                .isEqualTo("(name > :crmCursorValue or (name = :crmCursorValue and id > :crmCursorId))");
        assertThat(query.hql("owner = :owner"))
                .isEqualTo("(owner = :owner) and " + query.predicate() + " order by name asc, id asc");
        assertThat(query.parameters()).isEqualTo(Map.of("crmCursorValue", "Acme", "crmCursorId", 42L));
    }

    @Test
    void descendingSortsUseLessThanAndTypedValues() {
        Instant created = Instant.parse("2026-01-02T03:04:05.123456Z");
        KeysetQuery query = NEWEST_FIRST.query(new PageRequest(5, NEWEST_FIRST.cursorAfter(created, 9L)));

        assertThat(query.predicate()).contains("createdAt < :crmCursorValue").contains("id < :crmCursorId");
        assertThat(query.orderBy()).isEqualTo("createdAt desc, id desc");
        assertThat(query.parameters()).containsEntry("crmCursorValue", created).containsEntry("crmCursorId", 9L);
    }

    @Test
    void aCursorOfAnotherSortOrWithBadValuesIsA400() {
        PageRequest foreign = new PageRequest(5, NEWEST_FIRST.cursorAfter(Instant.EPOCH, 1L));
        PageRequest badId = new PageRequest(5, new Cursor("name", "Acme", "not-a-number"));
        PageRequest badInstant = new PageRequest(5, new Cursor("created", "yesterday", "1"));

        assertThatThrownBy(() -> BY_NAME.query(foreign)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> BY_NAME.query(badId)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> NEWEST_FIRST.query(badInstant)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void columnNamesAreCheckedAgainstInjection() {
        assertThatThrownBy(() -> Keyset.ascending("x", "name; drop table x", "id", s -> s, s -> s))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageShowsLimitRowsAndPointsAfterTheLastShown() {
        PageRequest request = PageRequest.first(2);
        List<Row> fetched = List.of(new Row("a", 1), new Row("a", 2), new Row("b", 3));

        Page<Row> page = BY_NAME.page(fetched, request, Row::name, Row::id);

        assertThat(page.items()).containsExactly(new Row("a", 1), new Row("a", 2));
        assertThat(Cursor.decode(page.nextCursor())).isEqualTo(new Cursor("name", "a", "2"));
    }

    @Test
    void theLastPageHasNoNextCursor() {
        Page<Row> page = BY_NAME.page(List.of(new Row("a", 1)), PageRequest.first(2), Row::name, Row::id);

        assertThat(page.nextCursor()).isNull();
        assertThat(page.map(Row::name).items()).containsExactly("a");
    }
}
