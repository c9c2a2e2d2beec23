package org.w3id.dmmkg.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
    private static Element render(String text, List<Mark> marks, Integer... anchors) {
        Element div = Document.createShell("").body().appendElement("div");
        new MarkedText(text).writeTo(div, marks, new TreeSet<>(List.of(anchors)));
        return div;
    }

    private static Mark sentence(int start, int end) {
        return new Mark(start, end, Mark.Layer.SENTENCE, null, "commitment", "commitment");
    }

    private static Mark mention(int start, int end, String href, String title) {
        return new Mark(start, end, Mark.Layer.MENTION, href, title, "m");
    }

    @Test
    void aMentionCrossingTheEndOfASentenceIsSplitAndKeepsItsAnchor() {
        Element div = render("abcdefghij", List.of(sentence(2, 8), mention(6, 10, "/id/x", "X")), 2, 6);
        assertEquals("abcdefghij", div.text(), "the text is unchanged");
        Element span = div.getElementById("char-2");
        assertEquals("span", span.tagName());
        assertEquals("cdefgh", span.text());
        Element a = div.getElementById("char-6");
        assertEquals("a", a.tagName());
        assertEquals("gh", a.text());
        assertEquals(2, div.select("a[href=/id/x]").size(), "the link goes on after the sentence ends");
        assertEquals("ij", div.select("a[href=/id/x]").get(1).text());
        assertTrue(div.select("a a").isEmpty(), "no link inside a link");
    }

    @Test
    void marksOnTheSameWordsShareOneMarkWithBothTooltips() {
        Element div = render("Finland en Zweden", List.of(mention(0, 17, "/id/fi", "Finland"),
                mention(0, 17, "/id/se", "Sweden")), 0);
        assertEquals(1, div.select("a").size());
        assertEquals("Finland · Sweden", div.selectFirst("a").attr("title"));
        assertNotNull(div.getElementById("char-0"));
    }

    @Test
    void anAnchorInsideAMarkIsAnEmptySpanAtItsPlace() {
        Element div = render("de Defence Investment Pledge", List.of(mention(3, 28, "/id/dip", "DIP")), 3, 11);
        Element inside = div.getElementById("char-11");
        assertEquals("span", inside.tagName());
        assertEquals("", inside.text());
        assertEquals("de Defence ", textBefore(div, "char-11"));
    }

    @Test
    void offsetsCountCodePointsNotJavaChars() {
        String text = "\uD83D\uDE80 KFOR en EUFOR";
        Element div = render(text, List.of(mention(2, 6, "/id/kfor", "KFOR")), 2);
        assertEquals("KFOR", div.getElementById("char-2").text());
        assertEquals("\uD83D\uDE80 ", textBefore(div, "char-2"));
    }

    private static String textBefore(Element root, String id) {
        StringBuilder b = new StringBuilder();
        Element target = root.getElementById(id);
        boolean[] done = {false};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            done[0] |= node == target;
            if (!done[0] && node instanceof org.jsoup.nodes.TextNode t) {
                b.append(t.getWholeText());
            }
        }, root);
        return b.toString();
    }
}
