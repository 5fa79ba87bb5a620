package io.crmsuite.crm.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.events.lead.SizeBand;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

    @Test
    void statusMachine() {
        assertTrue(StatusMachine.allowed(LeadStatus.NEW, LeadStatus.WORKING));
        assertTrue(StatusMachine.allowed(LeadStatus.DISQUALIFIED, LeadStatus.RECYCLED));
        assertFalse(StatusMachine.allowed(LeadStatus.NEW, LeadStatus.CONVERTED));
        assertFalse(StatusMachine.allowed(LeadStatus.CONVERTED, LeadStatus.WORKING));
        assertThrows(
                ConflictException.class,
                () -> StatusMachine.requireManualTransition(LeadStatus.NEW, LeadStatus.CONVERSION_PENDING, null));
        assertThrows(
                InvalidRequestException.class,
                () -> StatusMachine.requireManualTransition(LeadStatus.WORKING, LeadStatus.DISQUALIFIED, " "));
        StatusMachine.requireManualTransition(LeadStatus.WORKING, LeadStatus.DISQUALIFIED, "no budget");
    }

    @Test
    void slaPerGrade() {
        SlaPolicy sla = SlaPolicy.defaults();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Instant.parse("2026-01-01T04:00:00Z"), sla.dueAt(LeadGrade.A, at));
        assertEquals(Instant.parse("2026-01-02T00:00:00Z"), sla.dueAt(LeadGrade.B, at));
        assertEquals(Instant.parse("2026-01-04T00:00:00Z"), sla.dueAt(LeadGrade.D, at));
        assertEquals(Instant.parse("2026-01-04T00:00:00Z"), sla.dueAt(null, at));
    }

    @Test
    void senioritySizeBands() {
        assertEquals(Seniority.EXECUTIVE, Seniority.of("CTO"));
        assertEquals(Seniority.EXECUTIVE, Seniority.of("Vice President, Sales"));
        assertEquals(Seniority.DIRECTOR, Seniority.of("Director of IT"));
        assertEquals(Seniority.MANAGER, Seniority.of("采购经理"));
        assertEquals(Seniority.STAFF, Seniority.of("Engineer"));
        assertEquals(Seniority.UNKNOWN, Seniority.of(null));
        assertEquals(SizeBand.MICRO, SizeBands.of(9));
        assertEquals(SizeBand.SMALL, SizeBands.of(10));
        assertEquals(SizeBand.MEDIUM, SizeBands.of(249));
        assertEquals(SizeBand.LARGE, SizeBands.of(250));
        assertEquals(SizeBand.ENTERPRISE, SizeBands.of(1000));
    }
}
