package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.rest.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactNormaliserTest {
    private final ContactNormaliser cn = new ContactNormaliser("CN");

    @Test
    void phonesWithAndWithoutCountryCodeBecomeTheSameE164() {
        assertEquals("+8613800138000", cn.phone("+86 138 0013 8000"));
        assertEquals("+8613800138000", cn.phone("13800138000"));
        assertEquals("+8613800138000", cn.phone(" 138-0013-8000 "));
        assertEquals("+4930123456", new ContactNormaliser("DE").phone("030 123456"));
    }

    @Test
    void invalidPhonesAreRejectedWithTheirIndex() {
        List<FieldError> errors = new ArrayList<>();
        List<String> phones = cn.phones(List.of("13800138000", "12345", "not a phone"), null, "phones", errors);
        assertEquals(List.of("+8613800138000"), phones);
        assertEquals(
                List.of("phones[1]", "phones[2]"),
                errors.stream().map(FieldError::field).toList());
        assertNull(cn.phone("+86 138 0013 8000 0000 0000 0000 0000 0000 0000"));
    }

    @Test
    void aNationalNumberIsReadInTheContactsCountryBeforeTheDefault() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(List.of("+4930123456"), cn.phones(List.of("030 123456"), "DE", "phones", errors));
        assertEquals(List.of("+8613800138000"), cn.phones(List.of("13800138000"), null, "phones", errors));
        assertEquals(List.of(), errors);
        cn.phones(List.of("030 123456"), null, "phones", errors);
        assertEquals(
                "is not a valid phone number (a number without a country code is read in CN)",
                errors.getFirst().message());
    }

    @Test
    void emailsAreTrimmedLowerCasedDeduplicatedAndChecked() {
        List<FieldError> errors = new ArrayList<>();
        List<String> emails = cn.emails(
                List.of(" Zhang.Wei@Example.CN ", "zhang.wei@example.cn", "no-at-sign", "a@b"), "emails", errors);
        assertEquals(List.of("zhang.wei@example.cn"), emails);
        assertEquals(
                List.of("emails[2]", "emails[3]"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    void countriesAreIsoAlpha2() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("CN", cn.country(" cn ", "country", errors));
        assertNull(cn.country("XX", "country", errors));
        assertNull(cn.country(null, "country", errors));
        assertEquals(1, errors.size());
    }

    @Test
    void tagsAreTrimmedLowerCasedAndUnique() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(
                List.of("budget-ready", "service-sensitive"),
                cn.tags(List.of(" Budget-Ready", "budget-ready", "service-sensitive"), "tags", errors));
        cn.tags(List.of(" "), "tags", errors);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("tags[0]")));
    }
}
