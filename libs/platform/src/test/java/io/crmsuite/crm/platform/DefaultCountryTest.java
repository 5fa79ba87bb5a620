package io.crmsuite.crm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultCountryTest {
    private final DefaultCountry cn = new DefaultCountry(" cn ");

    @Test
    void aNationalNumberIsReadInTheRecordsCountryElseInTheDefault() {
        assertEquals("CN", cn.code());
        assertEquals(Optional.of("+8613800138000"), cn.phone("138 0013 8000", null));
        assertEquals(Optional.of("+8613800138000"), cn.phone("138 0013 8000", " "));
        assertEquals(Optional.of("+4930123456"), cn.phone("030 123456", "DE"));
        assertEquals(Optional.of("+8613800138000"), cn.phone("+86 138 0013 8000", "DE"));
        assertTrue(cn.phone("12345", null).isEmpty());
    }

    @Test
    void aValueThatIsNotACountryCodeStopsTheService() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> new DefaultCountry("China"));
        assertTrue(refused.getMessage().contains("CRM_DEFAULT_COUNTRY"), refused.getMessage());
    }
}
