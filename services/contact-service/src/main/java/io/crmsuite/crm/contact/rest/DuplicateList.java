package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.DuplicateScorer;
import java.util.List;

/** Likely duplicates with score and reasons; {@code hiddenCandidates} counts matches outside the caller's scope. */
public record DuplicateList(List<DuplicateScorer.Candidate> candidates, int hiddenCandidates) {}
