package io.crmsuite.crm.contact;

import static io.restassured.RestAssured.given;

import io.crmsuite.crm.testkit.KeycloakTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;

/** RestAssured with real tokens of the demo users. */
public final class Api {
    private Api() {}

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON);
    }

    /** A valid, random Chinese mobile number written as {@code 138 NNNN NNNN} (eight random digits) (without country code). */
    public static String randomMobile() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "138 " + (1000 + r.nextInt(9000)) + " " + (1000 + r.nextInt(9000));
    }

    public static String e164(String mobile) {
        return "+86" + mobile.replace(" ", "");
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** Waits until the import job is DONE (as the user who may read it). */
    public static void awaitImport(String user, String job) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(120))
                .until(() -> "COMPLETED"
                        .equals(as(user).get("/api/v1/imports/" + job).path("status")));
    }

    /** The import job once it is DONE, for assertions on its counts and rejections. */
    public static io.restassured.response.ValidatableResponse finishedImport(String user, String job) {
        awaitImport(user, job);
        return as(user).get("/api/v1/imports/" + job).then();
    }

    /** Creates a contact as the user and returns its id. */
    public static String createContact(String user, String body) {
        Response response =
                as(user).queryParam("onDuplicate", "allow").body(body).post("/api/v1/contacts");
        response.then().statusCode(201);
        return response.path("id");
    }
}
