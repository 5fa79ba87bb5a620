package io.crmsuite.crm.rest.idempotency;

import io.crmsuite.crm.rest.problem.InvalidRequestException;

/** Validation of the {@code Idempotency-Key} header: 1–255 visible ASCII characters. */
public final class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {}

    /** The key, null when the header is absent; a 400 problem when it is present but invalid (also when empty). */
    public static String requireValid(String key) {
        if (key == null) {
            return null;
        }
        if (!isValid(key)) {
            throw InvalidRequestException.forField(
                    HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters (a UUID is a good choice)");
        }
        return key;
    }

    public static boolean isValid(String key) {
        return key != null
                && !key.isEmpty()
                && key.length() <= MAX_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }
}
