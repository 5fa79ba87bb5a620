package io.crmsuite.crm.rest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void defaultsToFiftyWithoutCursor() {
        PageRequest request = PageRequest.parse(null, null);

        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.isFirstPage()).isTrue();
        assertThat(request.fetchSize()).isEqualTo(51);
    }

    @Test
    void blankValuesMeanNotGiven() {
        assertThat(PageRequest.parse(" ", "")).isEqualTo(new PageRequest(50, null));
    }

    @Test
    void acceptsLimitsUpToTheCap() {
        assertThat(PageRequest.parse("1", null).limit()).isEqualTo(1);
        assertThat(PageRequest.parse("200", null).limit()).isEqualTo(200);
        assertThat(PageRequest.parse(" 17 ", null).limit()).isEqualTo(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"201", "0", "-1", "abc", "1.5", "99999999999", "1e3"})
    void rejectsOtherLimitsWithA400NamingLimit(String limit) {
        assertThatThrownBy(() -> PageRequest.parse(limit, null))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(
                                ((InvalidRequestException) e).toProblem().errors())
                        .extracting("field", "message")
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("limit", "must be an integer between 1 and 200")));
    }

    @Test
    void usesTheConfiguredDefaultAndCap() {
        assertThat(PageRequest.parse(null, null, 5, 20).limit()).isEqualTo(5);
        assertThat(PageRequest.parse(null, null, 50, 20).limit()).isEqualTo(20);
        assertThatThrownBy(() -> PageRequest.parse("21", null, 5, 20)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void decodesTheCursor() {
        Cursor cursor = new Cursor("name", "Acme", "7");

        assertThat(PageRequest.parse("10", cursor.encode()).cursor()).isEqualTo(cursor);
        assertThatThrownBy(() -> PageRequest.parse("10", "garbage")).isInstanceOf(InvalidRequestException.class);
    }
}
