package io.crmsuite.crm.contact.rest;

import java.util.Locale;

/** The orders of the contact list ({@code ?sort=}): by name (the default) or most recently updated first. */
public enum ContactSort {
    NAME,
    UPDATED;

    /** The key the query side knows ({@code name}, {@code updated}); the default when absent. */
    static String keyOf(ContactSort sort) {
        return (sort == null ? NAME : sort).name().toLowerCase(Locale.ROOT);
    }
}
