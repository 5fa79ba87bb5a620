package io.crmsuite.crm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StoredRowsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRowIsFoundAndReadBackAsStored() throws Exception {
        String text = "[{\"name\":\"a ] } , [\",\"tags\":[\"x\",\"y\"],\"n\":{\"m\":[1,{\"k\":\"\\\"\"}]}},"
                + " 7 ,{\"name\":\"统一\"},[],\"text\"]";
        StoredRows rows = StoredRows.of(text, JSON);
        assertEquals(5, rows.size());
        var all = JSON.readTree(text);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(all.get(i), rows.row(i, JSON), "row " + (i + 1));
        }
    }

    @Test
    void manyRowsGrowTheOffsets() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            text.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append('}');
        }
        StoredRows rows = StoredRows.of(text.append(']').toString(), JSON);
        assertEquals(5000, rows.size());
        assertEquals(4321, rows.row(4321, JSON).get("i").asInt());
    }

    @Test
    void somethingElseThanAnArrayIsRefused() {
        assertThrows(IllegalStateException.class, () -> StoredRows.of("{\"a\":1}", JSON));
    }
}
