package io.crmsuite.crm.contactpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonKeysTest {

    @Test
    void readsEmailAndPhoneAsStoredAndNamesWhatItCannotRead() {
        PersonKeys keys = PersonKeys.of(" Wei.Zhang@Example.COM ", "138 0013 8000", "CN");
        assertEquals(List.of("wei.zhang@example.com"), keys.emails());
        assertEquals(List.of("+8613800138000"), keys.phones());
        assertEquals(Map.of(), keys.unreadable());

        PersonKeys bad = PersonKeys.of("not-an-address", "12", "CN");
        assertEquals(List.of(), bad.emails());
        assertEquals(List.of(), bad.phones());
        assertEquals(Map.of("email", "is not an email address", "phone", "is not a phone number"), bad.unreadable());

        assertEquals(new PersonKeys(List.of(), List.of(), Map.of()), PersonKeys.of(null, null, "CN"));
    }
}
