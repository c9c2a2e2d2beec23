package org.w3id.dmmkg.loader.internal.text;

import java.util.Arrays;

/**
 * Characters, each with the offset in the source text it came from. Inserted characters
 * (a space joining two lines) take the offset of the position they stand for.
 */
public final class OffsetText implements CharSequence {
    private final StringBuilder chars;
    private int[] offsets;

    public OffsetText() {
        this(64);
    }

    /** Room for {@code capacity} characters before it grows. */
    public OffsetText(int capacity) {
        this.chars = new StringBuilder(Math.max(capacity, 1));
        this.offsets = new int[Math.max(capacity, 1)];
    }

    public void append(char c, int sourceOffset) {
        if (chars.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[chars.length()] = sourceOffset;
        chars.append(c);
    }

    public void append(OffsetText other, int from, int to) {
        for (int i = from; i < to; i++) {
            append(other.charAt(i), other.sourceOffset(i));
        }
    }

    /** Removes characters {@code [from, to)}. */
    public void delete(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("from > to");
        }
        System.arraycopy(offsets, to, offsets, from, chars.length() - to);
        chars.delete(from, to);
    }

    public int sourceOffset(int index) {
        return offsets[index];
    }

    public boolean isEmpty() {
        return chars.length() == 0;
    }

    public char lastChar() {
        return chars.charAt(chars.length() - 1);
    }

    @Override
    public int length() {
        return chars.length();
    }

    @Override
    public char charAt(int index) {
        return chars.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return chars.subSequence(start, end);
    }

    @Override
    public String toString() {
        return chars.toString();
    }

    int[] offsetsCopy() {
        return Arrays.copyOf(offsets, chars.length());
    }
}
