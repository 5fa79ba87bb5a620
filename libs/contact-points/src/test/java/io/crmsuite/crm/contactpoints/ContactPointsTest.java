package io.crmsuite.crm.contactpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactPointsTest {
    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertEquals(Optional.of("zhang.wei@example.com"), ContactPoints.email("  Zhang.Wei@Example.COM "));
    }

    @Test
    void implausibleEmailsAreRejected() {
        for (String bad : new String[] {"", "no-at-sign", "a@b", "a@-b.com", "a@b.-c", "a b@c.com", null}) {
            assertEquals(Optional.empty(), ContactPoints.email(bad), String.valueOf(bad));
        }
        assertEquals(Optional.empty(), ContactPoints.email("x".repeat(250) + "@a.com"));
    }

    @Test
    void theSamePhoneWrittenTwoWaysIsOneE164Number() {
        assertEquals(Optional.of("+8613800138000"), ContactPoints.phone("+86 138 0013 8000", null));
        assertEquals(Optional.of("+8613800138000"), ContactPoints.phone("13800138000", "CN"));
        assertEquals(Optional.of("+8613800138000"), ContactPoints.phone("138-0013-8000", " cn "));
    }

    @Test
    void aNationalNumberNeedsARegion() {
        assertEquals(Optional.empty(), ContactPoints.phone("13800138000", null));
        assertEquals(Optional.empty(), ContactPoints.phone("13800138000", "China"));
    }

    @Test
    void invalidPhonesAreRejected() {
        for (String bad : new String[] {"", "   ", "12", "not a number", "+86 1", "1".repeat(41), null}) {
            assertEquals(Optional.empty(), ContactPoints.phone(bad, "CN"), String.valueOf(bad));
        }
    }

    @Test
    void leadServiceCases() {
        assertEquals(Optional.of("ann.lee@example.com"), ContactPoints.email("  Ann.Lee@Example.COM "));
        assertEquals(Optional.empty(), ContactPoints.email("not-an-email"));
        assertEquals(Optional.of("+8613800138000"), ContactPoints.phone("+86 138 0013 8000", null));
        assertEquals(Optional.of("+8613800138000"), ContactPoints.phone("138 0013 8000", "cn"));
        assertEquals(Optional.empty(), ContactPoints.phone("12345", null));
        assertEquals(Optional.empty(), ContactPoints.phone("138 0013 8000", null));
    }
}
