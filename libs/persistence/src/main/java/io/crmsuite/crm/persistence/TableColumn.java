package io.crmsuite.crm.persistence;

import java.lang.reflect.Field;

/**
 * One column of an {@link EntityTable}: its name in the database and the entity field it is declared by.
 *
 * @param name the column name
 * @param field the entity field
 * @param kind how values travel in set-based statements
 * @param key part of the primary key
 * @param version the optimistic-lock version
 * @param generated written by the database (identity, default on insert): never inserted
 * @param computed a column the database computes from the others ({@code @Column(insertable = false)}, e.g. a
 *     {@code generated always as (…) stored} search text): never inserted, read like any other
 */
public record TableColumn(
        String name, Field field, ColumnKind kind, boolean key, boolean version, boolean generated, boolean computed) {

    /** The field's value on the entity, as the element of the column's array parameter. */
    Object wireValue(Object entity) {
        try {
            return kind.toWire(field.get(entity));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    /** Sets the field from a value a native query returned. */
    void set(Object entity, Object value) {
        try {
            field.set(entity, kind.fromResult(value, field.getType()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + field, e);
        }
    }

    /** The field's name in Java. */
    public String fieldName() {
        return field.getName();
    }
}
