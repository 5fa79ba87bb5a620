package io.crmsuite.crm.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.persistence.SchemaCheck;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every table the migrations build is declared once in the code, each column by a field (libs/persistence). */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class SchemaIT {
    @Inject
    SchemaCheck schema;

    @Test
    void everyTableAndColumnIsDeclaredByTheCode() throws Throwable {
        assertEquals(List.of(), VertxContextSupport.subscribeAndAwait(schema::differences));
    }
}
