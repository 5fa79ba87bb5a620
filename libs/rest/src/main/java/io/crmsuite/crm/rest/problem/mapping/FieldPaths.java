package io.crmsuite.crm.rest.problem.mapping;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Bean Validation property path into the field path a client knows: without the resource method and the body
 * parameter ({@code create.input.address.country} becomes {@code address.country}), with list indexes and map keys in
 * brackets ({@code tags[1]}). A violated query or path parameter keeps its own name ({@code list.limit} becomes
 * {@code limit}).
 */
public final class FieldPaths {

    private FieldPaths() {}

    public static String of(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                if (i == nodes.size() - 1) {
                    appendName(field, node.getName());
                }
                continue;
            }
            if (node.isInIterable()) {
                appendIndex(field, node);
            }
            appendName(field, node.getName());
        }
        return field.toString();
    }

    /** Whether the path is about a method's return value (a server bug, not bad input). */
    public static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }

    private static void appendName(StringBuilder field, String name) {
        // container elements are named like "<list element>": the index already says which one
        if (name == null || name.isEmpty() || name.startsWith("<")) {
            return;
        }
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(name);
    }
}
