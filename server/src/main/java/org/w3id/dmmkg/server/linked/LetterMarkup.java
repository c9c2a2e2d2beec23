package org.w3id.dmmkg.server.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A letter's normalised text as HTML with the extracted mentions marked. */
final class LetterMarkup {
    private LetterMarkup() {
    }

    /** A quote from the source file as it reads in the normalised text: line breaks and hyphenation undone. */
    static String normalise(String exact) {
        return exact.replaceAll("(\\p{Ll})-\\s*\\n\\s*(\\p{Ll})", "$1$2").replaceAll("\\s+", " ").strip();
    }

    static String mark(String text, List<String> mentions) {
        boolean[] marked = new boolean[text.length()];
        List<String> longestFirst = new ArrayList<>(mentions.stream().distinct().toList());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String m : longestFirst) {
            if (m.length() < 2) {
                continue;
            }
            for (int at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + m.length())) {
                boolean free = true;
                for (int i = at; i < at + m.length(); i++) {
                    free &= !marked[i];
                }
                if (free) {
                    java.util.Arrays.fill(marked, at, at + m.length(), true);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] != open) {
                b.append(open ? "</mark>" : "<mark>");
                open = marked[i];
            }
            b.append(Html.esc(String.valueOf(text.charAt(i))));
        }
        return b.append(open ? "</mark>" : "").toString();
    }
}
