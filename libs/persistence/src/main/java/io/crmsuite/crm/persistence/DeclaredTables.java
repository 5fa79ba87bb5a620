package io.crmsuite.crm.persistence;

import java.util.List;

/**
 * Tables declared by a plain {@code @Table} class rather than a Hibernate entity (written only set-based: the kit's
 * outbox, inbox and job tables, read models). A bean of this type per module lets {@link SchemaCheck} find them.
 */
public interface DeclaredTables {
    List<Class<?>> tables();
}
