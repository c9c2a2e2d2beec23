package org.w3id.dmmkg.loader.internal.text;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3id.dmmkg.loader.LetterException;

/**
 * Reads the XML of an official publication (a Kamerstuk of officielebekendmakingen.nl) into
 * its text and the blocks its elements state: the head ({@code kamerstukkop}, {@code dossier},
 * {@code stuknr} with the title), address and date, headings ({@code kop}, {@code tussenkop}),
 * paragraphs ({@code al}), footnotes ({@code noot}, with where their marker stands) and the
 * signature ({@code ondertekening}: office and name).
 *
 * <p>The text is the XML's text content, the XPath string value of the document: every
 * character of its text nodes in document order, markup left out and character references
 * resolved, as the W3C Web Annotation model asks of selectors on XML. Annotation offsets count
 * into that text, so that {@code string(/)} of the stored file reproduces every quote.
 */
final class KamerstukXml {
    /** Elements whose text is not part of any block: numbering glyphs, metadata. */
    private static final Set<String> SKIPPED = Set.of("metadata", "meta", "noot.nr", "li.nr");
    /** Inline markup: no word break at its edges. */
    private static final Set<String> INLINE = Set.of("nadruk", "extref", "intref", "sup", "inf", "unl");
    private static final Set<String> FURNITURE = Set.of("tekstregel", "dossier", "stuknr", "adres", "dagtekening");
    private static final Set<String> HEADINGS = Set.of("kop", "tussenkop");

    private final StringBuilder text = new StringBuilder();
    private final List<PartBuilder> parts = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private PartBuilder stuknr;
    private boolean breakPending;

    private KamerstukXml() {
    }

    /** One open element: its name, and the block it opened, if any. */
    private record Frame(String name, PartBuilder opened, boolean skipped) {
    }

    /** A block being collected: kind, ranges as (start, end, break-before) triples, footnote marker. */
    private static final class PartBuilder {
        final Block.Kind kind;
        final List<int[]> ranges = new ArrayList<>();
        final int markerAt;

        PartBuilder(Block.Kind kind, int markerAt) {
            this.kind = kind;
            this.markerAt = markerAt;
        }

        void add(int start, int end, boolean breakBefore) {
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[1] == start && !breakBefore) {
                last[1] = end;
            } else {
                ranges.add(new int[] {start, end, breakBefore ? 1 : 0});
            }
        }

        Layout.Part build() {
            int[] flat = new int[ranges.size() * 3];
            for (int i = 0; i < ranges.size(); i++) {
                System.arraycopy(ranges.get(i), 0, flat, i * 3, 3);
            }
            return new Layout.Part(kind, flat, markerAt);
        }
    }

    /** The text and layout of an XML file. */
    static SourceText read(String source, String name, byte[] bytes, String sha256) throws LetterException {
        KamerstukXml xml = new KamerstukXml();
        try {
            xml.parse(bytes);
        } catch (XMLStreamException e) {
            throw new LetterException(source, "not well-formed XML: " + oneLine(e));
        }
        String text = xml.text.toString();
        if (text.isBlank()) {
            throw new LetterException(source, "no text in file");
        }
        List<Layout.Part> layout = xml.parts.stream().filter(p -> !p.ranges.isEmpty()).map(PartBuilder::build).toList();
        return new SourceText(name, text, SourceText.Format.XML, sha256, List.of(), new Layout(layout));
    }

    private void parse(byte[] bytes) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // Never fetch anything a file points at: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader in = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        try {
            while (in.hasNext()) {
                switch (in.next()) {
                    case XMLStreamConstants.START_ELEMENT -> open(in.getLocalName());
                    case XMLStreamConstants.END_ELEMENT -> close();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            characters(in.getText());
                        }
                    }
                    default -> {
                        // comments and processing instructions are not text
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private void open(String element) {
        boolean skipped = SKIPPED.contains(element) || !stack.isEmpty() && stack.peek().skipped();
        PartBuilder opened = null;
        if (!skipped) {
            opened = opens(element);
            if (!INLINE.contains(element)) {
                breakPending = true;
            }
        }
        if (opened != null) {
            parts.add(opened);
        }
        stack.push(new Frame(element, opened, skipped));
    }

    /** The block an element starts, or null when its text belongs to the block it is in. */
    private PartBuilder opens(String element) {
        PartBuilder current = current();
        if (element.equals("noot")) {
            return new PartBuilder(Block.Kind.FOOTNOTE, text.length());
        }
        if (element.equals("naam") && inside("ondertekening")) {
            return new PartBuilder(Block.Kind.CLOSING, -1);
        }
        if (current != null) {
            return null;
        }
        if (element.equals("titel") && parentIs("stuk") && stuknr != null) {
            // The paper's number and its title make one line of the head: "Nr. 467 BRIEF VAN …".
            PartBuilder numberLine = stuknr;
            stuknr = null;
            parts.remove(numberLine);
            return numberLine;
        }
        Block.Kind kind = FURNITURE.contains(element) ? Block.Kind.FURNITURE
                : HEADINGS.contains(element) || element.equals("titel") ? Block.Kind.HEADING
                : element.equals("ondertekening") || element.equals("slotformule") ? Block.Kind.CLOSING
                : element.equals("al") ? Block.Kind.PARAGRAPH : null;
        PartBuilder part = kind == null ? null : new PartBuilder(kind, -1);
        if (element.equals("stuknr")) {
            stuknr = part;
        }
        return part;
    }

    private void close() {
        Frame frame = stack.pop();
        if (!frame.skipped() && !INLINE.contains(frame.name())) {
            breakPending = true;
        }
    }

    private void characters(String chars) {
        int start = text.length();
        text.append(chars);
        if (stack.peek().skipped()) {
            return;
        }
        PartBuilder part = current();
        if (part == null) {
            if (chars.isBlank()) {
                return;
            }
            // Text outside any known block is running text all the same.
            part = new PartBuilder(Block.Kind.PARAGRAPH, -1);
            parts.add(part);
            Frame top = stack.pop();
            stack.push(new Frame(top.name(), part, false));
        }
        part.add(start, text.length(), breakPending);
        breakPending = false;
    }

    private PartBuilder current() {
        for (Frame f : stack) {
            if (f.opened() != null) {
                return f.opened();
            }
        }
        return null;
    }

    private boolean inside(String element) {
        return stack.stream().anyMatch(f -> f.name().equals(element));
    }

    private boolean parentIs(String element) {
        return !stack.isEmpty() && stack.peek().name().equals(element);
    }

    private static String oneLine(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
