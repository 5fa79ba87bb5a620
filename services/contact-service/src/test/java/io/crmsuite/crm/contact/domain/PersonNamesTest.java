package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void chineseNamesPutTheFamilyNameFirstWithoutASpace() {
        assertEquals("张伟", PersonNames.displayName("伟", "张"));
        assertEquals("Wei Zhang", PersonNames.displayName(" Wei ", "Zhang"));
        assertEquals("Zhang", PersonNames.displayName(null, "Zhang"));
        assertNull(PersonNames.displayName(" ", null));
    }

    @Test
    void namesAreTrimmedAndWhitespaceCollapsed() {
        assertEquals("Zhang Wei", PersonNames.clean("  Zhang \t  Wei "));
    }

    @Test
    void theKeyIgnoresCaseSpacingAndWordOrder() {
        assertEquals("wei zhang", PersonNames.key("Zhang Wei"));
        assertEquals("wei zhang", PersonNames.key("zhang  wei"));
        assertEquals("wei zhang", PersonNames.key("Wei Zhang"));
        assertEquals("张伟", PersonNames.key("张伟"));
    }
}
