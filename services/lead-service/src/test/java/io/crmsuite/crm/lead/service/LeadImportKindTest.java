package io.crmsuite.crm.lead.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.imports.ImportJob;
import io.crmsuite.crm.imports.Uploads;
import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.platform.DefaultCountry;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.ProblemException;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lead rows of an import: how CSV and JSON rows become captures, or the field errors that reject them. */
class LeadImportKindTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final LeadImportKind KIND = new LeadImportKind(
            null,
            null,
            JSON,
            Validation.buildDefaultValidatorFactory().getValidator(),
            (LeadConfig) java.lang.reflect.Proxy.newProxyInstance(
                    LeadConfig.class.getClassLoader(), new Class<?>[] {LeadConfig.class}, (p, m, a) -> 2),
            new DefaultCountry("CN"));

    static ImportJob job() {
        ImportJob job = new ImportJob();
        job.ownerId = "importer";
        job.options = "{\"keepsOwn\":\"false\"}";
        return job;
    }

    @Test
    void csvRowsAreReadLikeTheApiAndUnreadableCellsNameTheirColumn() {
        ArrayNode rows = Uploads.read(
                "csv",
                "name,region,companySize,budgetAmount,budgetCurrency,source,consentGiven,consentText\n"
                        + "\"Lee, Ann\",East China,300,50000.50,CNY,REFERRAL,true,I agree\n"
                        + "\n"
                        + "Bo,West China,many,,,PIGEON,,\n",
                KIND.csv(),
                100,
                JSON);
        assertEquals(2, rows.size());
        Lead first = KIND.prepare(rows.get(0), job()).draft();
        assertEquals("Lee, Ann", first.name);
        assertEquals(300, first.companySize);
        assertEquals(new BigDecimal("50000.50"), first.budgetAmount);
        assertEquals(LeadSource.REFERRAL, first.source);
        assertTrue(first.consentGiven, "consent given with its text counts");
        ProblemException second = assertThrows(ProblemException.class, () -> KIND.prepare(rows.get(1), job()));
        assertEquals(
                List.of("companySize", "source"),
                second.toProblem().errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void jsonRowsAndUnreadableBodies() {
        ArrayNode rows = Uploads.read("json", "[{\"name\":\"A\",\"region\":\"R\"}, 7]", KIND.csv(), 100, JSON);
        assertEquals("A", KIND.prepare(rows.get(0), job()).draft().name);
        assertThrows(ProblemException.class, () -> KIND.prepare(rows.get(1), job()));
        assertThrows(
                InvalidRequestException.class, () -> Uploads.read("json", "{\"name\":\"A\"}", KIND.csv(), 100, JSON));
        assertThrows(
                InvalidRequestException.class,
                () -> Uploads.read("csv", "email\nx@example.com\n", KIND.csv(), 100, JSON));
    }

    @Test
    void repeatsOfAPersonShareAGroupKey() {
        ArrayNode rows = Uploads.read(
                "json",
                "[{\"name\":\"A\",\"region\":\"R\",\"email\":\"Ann@Example.com\"},"
                        + "{\"name\":\"B\",\"region\":\"R\",\"phone\":\"+86 138 0013 8000\"},"
                        + "{\"name\":\"C\",\"region\":\"R\",\"phone\":\"138 0013 8000\",\"country\":\"cn\","
                        + "\"email\":\" ann@example.COM \"},"
                        + "{\"name\":\"D\",\"region\":\"R\",\"email\":\"not an address\",\"phone\":7}]",
                KIND.csv(),
                100,
                JSON);
        assertEquals(List.of("email:ann@example.com"), KIND.groupKeys(rows.get(0), job()));
        assertEquals(List.of("phone:+8613800138000"), KIND.groupKeys(rows.get(1), job()));
        // the keys are those of the prepared row (a national number read in the row's country)
        assertEquals(List.of("email:ann@example.com", "phone:+8613800138000"), KIND.groupKeys(rows.get(2), job()));
        assertEquals("ann@example.com", KIND.prepare(rows.get(2), job()).draft().emailNormalized);
        assertEquals("+8613800138000", KIND.prepare(rows.get(2), job()).draft().phone);
        assertEquals(
                List.of(), KIND.groupKeys(rows.get(3), job()), "a row without a valid email or phone stands alone");
        assertNull(KIND.prepare(rows.get(0), job()).draft().ownerId, "an import that routes keeps no owner yet");
    }
}
