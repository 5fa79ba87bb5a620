package io.crmsuite.crm.rest;

import static io.crmsuite.crm.rest.testapp.ProblemAssertions.assertProblem;
import static io.crmsuite.crm.rest.testapp.WidgetClient.WIDGETS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.crmsuite.crm.rest.page.Cursor;
import io.crmsuite.crm.rest.testapp.WidgetClient;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursor pagination over (name, id); the test config sets default limit 5 and cap 20. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class PaginationIT {
    private static final int ROWS = 13;

    private String prefix;
    private List<Map<String, String>> created;

    @BeforeEach
    void createRows() {
        prefix = "page-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        created = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            // only four distinct names: the id must break the ties
            String name = prefix + (char) ('a' + i % 4);
            String id =
                    WidgetClient.create(name).then().statusCode(201).extract().path("id");
            created.add(Map.of("name", name, "id", id));
        }
    }

    @Test
    void walkingAllPagesReturnsEveryRowOnceInStableOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = list(5, cursor).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            cursor = page.getString("nextCursor");
            assertThat(items).hasSize(cursor == null ? ROWS % 5 : 5);
            items.forEach(item -> seen.add((String) item.get("id")));
            pages++;
        } while (cursor != null && pages < 10);

        List<String> expected = created.stream()
                .sorted(Comparator.comparing((Map<String, String> row) -> row.get("name"))
                        .thenComparing(row -> row.get("id"))) // PostgreSQL orders uuids like their hex text
                .map(row -> row.get("id"))
                .toList();
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void aRowInsertedBeforeTheCursorIsNotShownTwiceOrOutOfOrder() {
        JsonPath first = list(5, null).then().statusCode(200).extract().jsonPath();
        WidgetClient.create(prefix + "0").then().statusCode(201);

        List<String> rest = new ArrayList<>();
        String cursor = first.getString("nextCursor");
        while (cursor != null) {
            JsonPath page = list(5, cursor).then().statusCode(200).extract().jsonPath();
            page.getList("items.id", String.class).forEach(rest::add);
            cursor = page.getString("nextCursor");
        }

        assertThat(rest).hasSize(ROWS - 5).doesNotContainAnyElementsOf(first.getList("items.id", String.class));
    }

    @Test
    void theLastPageHasANullNextCursor() {
        given().queryParam("prefix", prefix)
                .queryParam("limit", 20)
                .get(WIDGETS)
                .then()
                .statusCode(200)
                .body("items", hasSize(ROWS))
                .body("$", hasKey("nextCursor"))
                .body("nextCursor", nullValue());
    }

    @Test
    void withoutALimitTheConfiguredDefaultApplies() {
        given().queryParam("prefix", prefix).get(WIDGETS).then().statusCode(200).body("items", hasSize(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "0", "-3", "ten", "1.5"})
    void aLimitOutsideOneToTheCapIs400(String limit) {
        assertProblem(given().queryParam("limit", limit).get(WIDGETS), 400, "validation")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be an integer between 1 and 20"));
    }

    @Test
    void aTamperedCursorIs400() {
        String cursor = list(5, null).then().extract().path("nextCursor");
        char[] chars = cursor.toCharArray();
        chars[cursor.length() / 2] = chars[cursor.length() / 2] == 'x' ? 'y' : 'x';

        for (String bad : List.of(new String(chars), "garbage", cursor + "AA", "%%%")) {
            assertProblem(list(5, bad), 400, "validation").body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void aCursorOfAnotherSortIs400() {
        String foreign = new Cursor(
                        "createdAt", "2026-01-01T00:00:00Z", UUID.randomUUID().toString())
                .encode();

        assertProblem(list(5, foreign), 400, "validation").body("errors[0].field", equalTo("cursor"));
    }

    private io.restassured.response.Response list(int limit, String cursor) {
        var request = given().queryParam("prefix", prefix).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(WIDGETS);
    }
}
