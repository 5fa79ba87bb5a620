package io.crmsuite.crm.rest.testapp;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/** HTTP and SQL helpers of the integration tests. */
public final class WidgetClient {
    public static final String WIDGETS = "/api/v1/widgets";

    private WidgetClient() {}

    /** A name no other test (or earlier run against the same database) uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static String body(String name, String color) {
        return "{\"name\":\"" + name + "\",\"color\":\"" + color
                + "\",\"email\":\"w@example.com\",\"address\":{\"city\":\"Hangzhou\",\"country\":\"CN\"}}";
    }

    public static RequestSpecification json() {
        return given().contentType("application/json").accept("application/json");
    }

    public static Response create(String name) {
        return json().body(body(name, "RED")).post(WIDGETS);
    }

    public static long countByName(Pool pool, String name) {
        return pool.preparedQuery("select count(*) from rest_test_widget where name = $1")
                .execute(Tuple.of(name))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
