package io.crmsuite.crm.contact.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.contact.domain.Contact;
import org.junit.jupiter.api.Test;

class ContactMergerTest {

    @Test
    void theSurvivorKeepsItsValuesFillsGapsAndUnitesLists() {
        Contact survivor = new Contact();
        survivor.givenName = "Wei";
        survivor.title = "CEO";
        survivor.emails = new String[] {"a@x.cn"};
        survivor.tags = new String[] {"budget-ready"};
        Contact other = new Contact();
        other.givenName = "W.";
        other.familyName = "Zhang";
        other.title = "Boss";
        other.hiddenNeeds = "expansion to Chengdu";
        other.emails = new String[] {"b@x.cn", "a@x.cn"};
        other.phones = new String[] {"+8613800138000"};
        other.tags = new String[] {"long-decision-cycle"};
        ContactMerger.fillFrom(survivor, other);
        assertEquals("Wei", survivor.givenName);
        assertEquals("Zhang", survivor.familyName);
        assertEquals("CEO", survivor.title);
        assertEquals("expansion to Chengdu", survivor.hiddenNeeds);
        assertArrayEquals(new String[] {"a@x.cn", "b@x.cn"}, survivor.emails);
        assertArrayEquals(new String[] {"+8613800138000"}, survivor.phones);
        assertArrayEquals(new String[] {"budget-ready", "long-decision-cycle"}, survivor.tags);
    }
}
