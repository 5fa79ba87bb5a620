package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Figures as PostgreSQL's pg_trgm computes them (documented examples and hand-counted trigram sets). */
class NameTrigramsTest {

    @Test
    void matchesThePgTrgmDocumentationExample() {
        // SELECT similarity('word', 'two words') = 0.36363637
        assertEquals(0.36363637, NameTrigrams.similarity("word", "two words"), 1e-7);
    }

    @Test
    void wordsArePaddedTwoBlanksInFrontOneBehind() {
        assertEquals(Set.of("  c", " ca", "cat", "at "), NameTrigrams.trigrams("Cat"));
        assertEquals(Set.of("  a", " a "), NameTrigrams.trigrams("a"));
    }

    @Test
    void wordOrderAndCaseDoNotMatterButSpellingDoes() {
        assertEquals(1.0, NameTrigrams.similarity("wang wei", "Wei WANG"));
        // "wang wei" has 8 distinct trigrams, "wang wai" 7 (" wa" twice); they share 5: 5 / (8 + 7 - 5)
        assertEquals(0.5, NameTrigrams.similarity("wang wei", "wang wai"), 1e-7);
        assertEquals(0.0, NameTrigrams.similarity("", "wang"));
        assertEquals(0.0, NameTrigrams.similarity("--", "--"));
    }

    @Test
    void hanCharactersAreWordCharacters() {
        assertEquals(1.0, NameTrigrams.similarity("张伟", "张伟"));
        assertEquals(Set.of("  张", " 张伟", "张伟 "), NameTrigrams.trigrams("张伟"));
    }
}
