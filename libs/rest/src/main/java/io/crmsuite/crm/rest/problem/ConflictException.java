package io.crmsuite.crm.rest.problem;

import java.util.Map;

/** 409: an illegal state change or a duplicate; extensions (e.g. {@code candidates}) are added to the problem. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        this("conflict", detail, Map.of());
    }

    public ConflictException(String detail, Map<String, ?> extensions) {
        this("conflict", detail, extensions);
    }

    /** With a more precise slug, e.g. {@code duplicate-contact} or {@code illegal-state-transition}. */
    public ConflictException(String slug, String detail, Map<String, ?> extensions) {
        super(409, slug, "Conflict", detail, null, extensions);
    }

    /** The row changed since it was read (optimistic lock); the client should re-read and retry. */
    public static ConflictException concurrentModification() {
        return new ConflictException(
                "concurrent-modification",
                "The resource was modified concurrently; read it again and retry.",
                Map.of());
    }

    /** Another request stored the same unique key first (e.g. two creates racing with one external id). */
    public static ConflictException duplicateKey() {
        return new ConflictException(
                "duplicate-key",
                "A record with the same unique key was stored concurrently; read it and retry.",
                Map.of());
    }
}
