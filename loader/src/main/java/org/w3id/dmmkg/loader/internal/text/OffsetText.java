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
        int length = chars.length();
        if (length == offsets.length) {
            offsets = Arrays.copyOf(offsets, length * 2);
        }
        offsets[length] = sourceOffset;
        chars.append(c);
    }

    /** Appends {@code other}'s characters {@code [from, to)} with their offsets, in one copy. */
    public void append(OffsetText other, int from, int to) {
        append(other.chars, other.offsets, from, to);
    }

    /** Appends {@code text[from, to)}, each character with its offset in {@code sourceOffsets}, in one copy. */
    public void append(CharSequence text, int[] sourceOffsets, int from, int to) {
        appendOffsets(sourceOffsets, from, to);
        chars.append(text, from, to);
    }

    /** Appends {@code text[from, to)}, each character with its offset in {@code sourceOffsets}, in one copy. */
    public void append(char[] text, int[] sourceOffsets, int from, int to) {
        appendOffsets(sourceOffsets, from, to);
        chars.append(text, from, to - from);
    }

    /** The offsets first, while {@link #chars} still has its old length. */
    private void appendOffsets(int[] sourceOffsets, int from, int to) {
        int length = chars.length();
        int needed = length + to - from;
        if (needed > offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(needed, offsets.length * 2));
        }
        System.arraycopy(sourceOffsets, from, offsets, length, to - from);
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
