package io.crmsuite.crm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final CsvShape SHAPE = CsvShape.flat(List.of("name", "tags", "budgetAmount"), Set.of("tags"), Set.of("name"))
            .nested(Map.of("budgetAmount", "budget.amount", "budgetCurrency", "budget.currency"));

    @Test
    void csvColumnsBecomeNestedFieldsAndLists() {
        var rows = Uploads.read(
                "csv",
                "name,tags,budgetAmount,budgetCurrency\n\"Wei, Zhang\", vip ; east ;,12.50,CNY\n\nLi,,,\n",
                SHAPE,
                10,
                JSON);
        assertEquals(
                "[{\"name\":\"Wei, Zhang\",\"tags\":[\"vip\",\"east\"],\"budget\":{\"amount\":\"12.50\",\"currency\":\"CNY\"}},"
                        + "{\"name\":\"Li\"}]",
                rows.toString());
    }

    @Test
    void unreadableUploadsAreRefusedAsAWhole() {
        assertThrows(InvalidRequestException.class, () -> Uploads.read("csv", "name,x\na,b\n", SHAPE, 10, JSON));
        assertThrows(InvalidRequestException.class, () -> Uploads.read("csv", "tags\na\n", SHAPE, 10, JSON));
        assertThrows(InvalidRequestException.class, () -> Uploads.read("csv", "name\n\"a\n", SHAPE, 10, JSON));
        assertThrows(InvalidRequestException.class, () -> Uploads.read("json", "{}", SHAPE, 10, JSON));
        assertThrows(InvalidRequestException.class, () -> Uploads.read("json", " ", SHAPE, 10, JSON));
        assertThrows(PayloadTooLargeException.class, () -> Uploads.read("json", "[{},{},{}]", SHAPE, 2, JSON));
    }
}
