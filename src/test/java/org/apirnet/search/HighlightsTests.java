package org.apirnet.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTests {

    private static final String OPEN = Highlights.OPEN;
    private static final String CLOSE = Highlights.CLOSE;

    @Test
    void escapesTheTextAndOnlyThenMarksTheMatches() {
        assertThat(Highlights.toHtml("<b>" + OPEN + "wage" + CLOSE + "</b> & co"))
                .isEqualTo("&lt;b&gt;<mark>wage</mark>&lt;/b&gt; &amp; co");
    }

    @Test
    void aLongPassageIsCutAroundItsFirstMatchAtSpaces() {
        String text = "lorem ".repeat(60) + OPEN + "wage" + CLOSE + " " + "ipsum ".repeat(60);
        String snippet = Highlights.snippetHtml(text);
        assertThat(snippet).startsWith("… lorem").endsWith("ipsum …").contains("<mark>wage</mark>");
        assertThat(snippet.length()).isLessThan(Highlights.SNIPPET_LENGTH + 40);
    }

    @Test
    void textWithoutSpacesNeitherFailsNorLosesTheMatch() {
        // Chinese or Japanese file text with one Latin word in it, or a long URL: no space near the match.
        String text = "谈".repeat(100) + OPEN + "x" + CLOSE + " " + "判".repeat(300);
        assertThat(Highlights.snippetHtml(text)).contains("<mark>x</mark>").startsWith("… 谈");
        String noSpaceAtAll = "A".repeat(100) + OPEN + "x" + CLOSE + "B".repeat(300);
        assertThat(Highlights.snippetHtml(noSpaceAtAll)).contains("<mark>x</mark>");
    }

    @Test
    void marksStayBalancedAndCharactersWhole() {
        String longMatch = "a ".repeat(10) + OPEN + "w".repeat(400) + CLOSE;
        String snippet = Highlights.snippetHtml(longMatch);
        assertThat(snippet.split("<mark>", -1)).hasSize(2);
        assertThat(snippet.split("</mark>", -1)).hasSize(2);
        String emoji = "😀".repeat(200) + OPEN + "x" + CLOSE + "😀".repeat(200);
        String cut = Highlights.snippetHtml(emoji).replace("… ", "").replace(" …", "");
        assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isLowSurrogate(cut.charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void aTitleIsEscapedWithTheGivenRangesMarked() {
        assertThat(Highlights.mark("Wages & <b>wage</b> boards", java.util.List.of(new int[] {0, 5}, new int[] {11, 15})))
                .isEqualTo("<mark>Wages</mark> &amp; &lt;b&gt;<mark>wage</mark>&lt;/b&gt; boards");
        assertThat(Highlights.mark("Short", java.util.List.of(new int[] {2, 99}))).as("a range past the end is ignored").isEqualTo("Short");
    }

    @Test
    void noMatchGivesTheStartOfTheText() {
        assertThat(Highlights.snippetHtml("word ".repeat(100))).startsWith("word word").endsWith(" …");
        assertThat(Highlights.snippetHtml(null)).isEmpty();
    }
}
