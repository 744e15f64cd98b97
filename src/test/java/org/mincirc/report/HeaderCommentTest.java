package org.mincirc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeaderCommentTest {
    @Test
    void firstSentenceMaySpanCommentLines() {
        String text = "// Parity as a bandit: it takes\n// two gates. More follows.\n//\n// Later paragraph.\ninterface {}\n";
        assertEquals("Parity as a bandit: it takes two gates.", HeaderComment.firstSentence(text));
    }

    @Test
    void periodsInsideWordsAndNumbersDoNotEndTheSentence() {
        assertEquals("Returns of 0.25 and 1.5 are exact.", HeaderComment.firstSentence("// Returns of 0.25 and 1.5 are exact. Yes.\n"));
    }

    @Test
    void headerStopsAtTheFirstNonCommentLine() {
        assertEquals("No period here", HeaderComment.firstSentence("// No period here\nmdp M {}\n// not header.\n"));
        assertEquals("", HeaderComment.firstSentence("mdp M {}\n// not header.\n"));
    }
}
