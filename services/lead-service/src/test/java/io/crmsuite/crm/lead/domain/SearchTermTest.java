package io.crmsuite.crm.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTermTest {

    @Test
    void textIsContainedCaseInsensitiveWithWildcardsTakenLiterally() {
        assertEquals("%wei zhang%", SearchTerm.pattern("  Wei Zhang "));
        assertEquals("%100\\%\\_off\\\\%", SearchTerm.pattern("100%_off\\"));
        assertEquals("%acme%", SearchTerm.pattern("ACME"));
    }

    @Test
    void aPhoneNumberIsSearchedByItsDigits() {
        assertEquals("%13800138000%", SearchTerm.pattern("138 0013 8000"));
        assertEquals("%8613800138000%", SearchTerm.pattern("+86 (138) 0013-8000"));
        assertEquals("%1234%", SearchTerm.pattern("1234"), "short digit runs are text like any other");
        assertEquals("%room 12345%", SearchTerm.pattern("Room 12345"));
    }
}
