package io.crmsuite.crm.imports.testapp;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row a test import writes; the database refuses a size of 1000 or more. */
@Table(name = "thing")
public class Thing {
    @Id
    public UUID id;

    public String kind;
    public String name;
    public Integer size;
    public String[] tags = new String[0];
}
