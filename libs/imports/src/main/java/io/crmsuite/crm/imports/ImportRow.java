package io.crmsuite.crm.imports;

/** A prepared row and its number in the upload (1 = first data row). */
public record ImportRow<R>(int number, R value) {}
