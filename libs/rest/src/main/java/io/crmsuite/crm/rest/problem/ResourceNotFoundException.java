package io.crmsuite.crm.rest.problem;

/** 404: the record does not exist, or the caller may not see it (both answer the same). */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String detail) {
        super(404, "not-found", "Resource not found", detail);
    }

    /** "Widget 42 was not found." */
    public static ResourceNotFoundException of(String resource, Object id) {
        return new ResourceNotFoundException(resource + " " + id + " was not found.");
    }
}
