package io.crmsuite.crm.rest.testapp;

public enum Color {
    RED,
    GREEN,
    BLUE
}
