package io.crmsuite.crm.lead.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRowsTest {

    @Test
    void csvRowsAreNumberedFromTheFirstDataRowAndUnreadableCellsNameTheirColumn() {
        List<ImportRows.Row> rows =
                ImportRows.csv("name,region,companySize,budgetAmount,budgetCurrency,source,consentGiven,consentText\n"
                        + "\"Lee, Ann\",East China,300,50000.50,CNY,REFERRAL,true,I agree\n"
                        + "\n"
                        + "Bo,West China,many,,,PIGEON,,\n");
        assertEquals(2, rows.size());
        ImportRows.Row first = rows.getFirst();
        assertEquals(1, first.number());
        assertEquals("Lee, Ann", first.input().name());
        assertEquals(300, first.input().companySize());
        assertEquals(new BigDecimal("50000.50"), first.input().budget().amount());
        assertEquals(LeadSource.REFERRAL, first.input().source());
        assertEquals(true, first.input().consent().given());
        ImportRows.Row second = rows.get(1);
        assertEquals(2, second.number());
        assertNull(second.input());
        assertEquals(
                List.of("companySize", "source"),
                second.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void jsonRowsAndUnreadableBodies() {
        ObjectMapper json = new ObjectMapper();
        List<ImportRows.Row> rows = ImportRows.json("[{\"name\":\"A\",\"region\":\"R\"}, 7]", json);
        assertEquals("A", rows.getFirst().input().name());
        assertNull(rows.get(1).input());
        assertThrows(InvalidRequestException.class, () -> ImportRows.json("{\"name\":\"A\"}", json));
        assertThrows(InvalidRequestException.class, () -> ImportRows.csv("email\nx@example.com\n"));
    }
}
