package org.w3id.dmmkg.server.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * A text written into an element with marks around stretches of it and an anchor
 * ({@code id="char-N"}) at chosen code-point offsets, so that a link to {@code #char-N}
 * lands on the words that start there. Marks of one layer that overlap are drawn once (the
 * first, longest one), those on exactly the same words share one mark with both tooltips;
 * marks of different layers nest, split where they cross.
 */
public final class MarkedText {
    private final String text;
    private final int[] charIndex;

    public MarkedText(String text) {
        this.text = text;
        int points = text.codePointCount(0, text.length());
        this.charIndex = new int[points + 1];
        for (int cp = 0, i = 0; cp <= points; cp++) {
            charIndex[cp] = i;
            if (i < text.length()) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
    }

    /** The length in code points. */
    public int length() {
        return charIndex.length - 1;
    }

    /** Writes the text into {@code into}, marked, with an anchor at every offset of {@code anchors}. */
    public void writeTo(Element into, List<Mark> marks, NavigableSet<Integer> anchors) {
        Map<Mark.Layer, List<Mark>> drawn = drawable(marks);
        NavigableSet<Integer> cuts = new TreeSet<>(anchors.subSet(0, true, length(), true));
        cuts.add(0);
        cuts.add(length());
        drawn.values().forEach(list -> list.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        }));
        Deque<Open> open = new ArrayDeque<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            List<Mark> wanted = active(drawn, from);
            int keep = 0;
            for (Open o : (Iterable<Open>) open::descendingIterator) {
                if (keep < wanted.size() && wanted.get(keep) == o.mark) {
                    keep++;
                } else {
                    break;
                }
            }
            while (open.size() > keep) {
                open.pop();
            }
            boolean anchored = !anchors.contains(from);
            for (int i = keep; i < wanted.size(); i++) {
                Mark m = wanted.get(i);
                Element e = element(open.isEmpty() ? into : open.peek().element, m);
                if (!anchored && m.start() == from) {
                    e.attr("id", "char-" + from);
                    anchored = true;
                }
                open.push(new Open(m, e));
            }
            Element here = open.isEmpty() ? into : open.peek().element;
            if (!anchored) {
                here.appendElement("span").addClass("anchor").attr("id", "char-" + from);
            }
            here.appendText(text.substring(charIndex[from], charIndex[to]));
        }
        if (anchors.contains(length())) {
            into.appendElement("span").addClass("anchor").attr("id", "char-" + length());
        }
    }

    private record Open(Mark mark, Element element) {
    }

    private static Element element(Element parent, Mark m) {
        Element e = parent.appendElement(m.layer().tag);
        if (m.kind() != null) {
            e.addClass(m.kind());
        }
        if (m.href() != null) {
            e.attr("href", m.href());
        }
        if (m.title() != null) {
            e.attr("title", m.title());
        }
        return e;
    }

    /** The drawn marks that cover the stretch starting at {@code at}, outermost first. */
    private static List<Mark> active(Map<Mark.Layer, List<Mark>> drawn, int at) {
        List<Mark> out = new ArrayList<>();
        for (List<Mark> layer : drawn.values()) {
            for (Mark m : layer) {
                if (m.start() <= at && at < m.end()) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /** Per layer, the marks that do not overlap, those on the same words merged into one. */
    private Map<Mark.Layer, List<Mark>> drawable(List<Mark> marks) {
        Map<Mark.Layer, List<Mark>> out = new EnumMap<>(Mark.Layer.class);
        Map<String, Mark> same = new LinkedHashMap<>();
        for (Mark m : marks) {
            if (m.start() < 0 || m.end() > length() || m.length() == 0) {
                continue;
            }
            same.merge(m.layer() + ":" + m.start() + ":" + m.end(), m, (a, b) -> a.title() == null
                    || a.title().equals(b.title()) ? a
                    : new Mark(a.start(), a.end(), a.layer(), a.href(), a.title() + " · " + b.title(), a.kind()));
        }
        List<Mark> sorted = new ArrayList<>(same.values());
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::length).reversed()));
        for (Mark m : sorted) {
            List<Mark> layer = out.computeIfAbsent(m.layer(), k -> new ArrayList<>());
            if (layer.isEmpty() || layer.get(layer.size() - 1).end() <= m.start()) {
                layer.add(m);
            }
        }
        return out;
    }
}
