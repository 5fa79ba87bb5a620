package io.crmsuite.crm.lead.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PersonNameTest {
    @Test
    void namesAreSplitForTheContact() {
        assertArrayEquals(new String[] {"Ann Marie", "Lee"}, PersonName.split("Ann Marie Lee", null, null));
        assertArrayEquals(new String[] {"伟", "王"}, PersonName.split("王伟", null, null));
        assertArrayEquals(new String[] {"A", "B"}, PersonName.split("Madonna", "A", "B"));
        assertThrows(InvalidRequestException.class, () -> PersonName.split("Madonna", null, null));
    }
}
