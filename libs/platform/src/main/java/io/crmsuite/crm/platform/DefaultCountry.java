package io.crmsuite.crm.platform;

import io.crmsuite.crm.contactpoints.ContactPoints;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's default country ({@code crm.default-country}, environment {@code CRM_DEFAULT_COUNTRY}; CN unless
 * set): every service reads a national phone number in it when the record names no country of its own, so that one
 * number typed the same way is the same E.164 number in every service. A value that is not an ISO 3166-1 alpha-2 code
 * stops the service at start.
 */
@ApplicationScoped
public class DefaultCountry {
    private final String code;

    public DefaultCountry(@ConfigProperty(name = "crm.default-country") String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "crm.default-country (CRM_DEFAULT_COUNTRY) must be an ISO 3166-1 alpha-2 code such as CN, not '"
                            + code + "'");
        }
        this.code = upper;
    }

    /** The two-letter code, upper case. */
    public String code() {
        return code;
    }

    /** The record's own country when it has one, else the default. */
    public String or(String country) {
        return country == null || country.isBlank() ? code : country;
    }

    /** The phone number in E.164, read in the record's country or else the default; empty when it is not valid. */
    public Optional<String> phone(String raw, String country) {
        return ContactPoints.phone(raw, or(country));
    }
}
