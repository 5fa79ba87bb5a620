package io.crmsuite.crm.contact;

import io.crmsuite.crm.testkit.ApiCalls;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;

/** Contact-service test helpers over libs/test-kit's {@link ApiCalls}. */
public final class Api {
    private Api() {}

    public static RequestSpecification as(String user) {
        return ApiCalls.as(user);
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
        return ApiCalls.unique(prefix);
    }

    /** Waits until the import job finished (as the user who may read it). */
    public static void awaitImport(String user, String job) {
        ApiCalls.finishedImport(user, "/api/v1/imports/" + job);
    }

    /** The import job once it finished, for assertions on its counts and rejections. */
    public static io.restassured.response.ValidatableResponse finishedImport(String user, String job) {
        return ApiCalls.finishedImport(user, "/api/v1/imports/" + job);
    }

    /** Creates a contact as the user and returns its id. */
    public static String createContact(String user, String body) {
        Response response =
                as(user).queryParam("onDuplicate", "allow").body(body).post("/api/v1/contacts");
        response.then().statusCode(201);
        return response.path("id");
    }
}
