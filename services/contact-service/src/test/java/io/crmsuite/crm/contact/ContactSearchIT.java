package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Free-text search ({@code q}) in name order: pages filled from the first rows in name order (a term matching more
 * than a page) and pages found through the trigram index (a rarer term) give the same ordered, scoped results.
 */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class ContactSearchIT {

    @Test
    void aBroadTermPagesInNameOrderWithinTheCallersScope() {
        String term = Api.unique("Aaasearch").toLowerCase();
        for (String given : new String[] {"Hui", "Bo", "Gang", "Fang", "Chao", "Jun", "Dan"}) {
            Api.createContact("rep.east1", "{\"givenName\":\"" + given + "\",\"familyName\":\"" + term + "\"}");
        }
        String cursor = as("rep.east1")
                .queryParam("q", term)
                .queryParam("limit", 5)
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items.givenName", contains("Bo", "Chao", "Dan", "Fang", "Gang"))
                .extract()
                .path("nextCursor");
        as("rep.east1")
                .queryParam("q", term)
                .queryParam("limit", 5)
                .queryParam("cursor", cursor)
                .get("/api/v1/contacts")
                .then()
                .body("items.givenName", contains("Hui", "Jun"))
                .body("nextCursor", nullValue());
        as("rep.east2").queryParam("q", term).get("/api/v1/contacts").then().body("items", hasSize(0));
    }

    @Test
    void aRareTermIsFoundThroughTheIndex() {
        String term = Api.unique("Zzzsearch").toLowerCase();
        Api.createContact("rep.east1", "{\"givenName\":\"Min\",\"familyName\":\"" + term + "\"}");
        Api.createContact("rep.east1", "{\"givenName\":\"Lei\",\"familyName\":\"" + term + "\"}");
        as("rep.east1")
                .queryParam("q", term)
                .queryParam("limit", 5)
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items.givenName", contains("Lei", "Min"))
                .body("nextCursor", nullValue());
        as("admin")
                .queryParam("q", term.toUpperCase())
                .get("/api/v1/contacts")
                .then()
                .body("items", hasSize(2));
    }
}
