package io.crmsuite.crm.events.lead;

/** One refused field of a conversion: the field of the converted contact and what is wrong with it. */
public record ConversionProblem(String field, String message) {}
