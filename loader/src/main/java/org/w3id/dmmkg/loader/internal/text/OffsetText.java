package org.w3id.dmmkg.loader.internal.text;

import java.util.Arrays;

/**
 * Characters, each with the offset in the source text it came from. Inserted characters
 * (a space joining two lines) take the offset of the position they stand for.
 */
public final class OffsetText implements CharSequence {
    // Plain arrays, not a StringBuilder: the normaliser copies whole runs of one line into the
    // text, and a builder copies another builder's characters one at a time.
    private char[] chars;
    private int[] offsets;
    private int length;

    public OffsetText() {
        this(64);
    }

    /** Room for {@code capacity} characters before it grows. */
    public OffsetText(int capacity) {
        this.chars = new char[Math.max(capacity, 1)];
        this.offsets = new int[chars.length];
    }

    /** The first {@code length} characters and offsets of the arrays, which the text takes over: not to be changed after. */
    static OffsetText of(char[] chars, int[] offsets, int length) {
        return new OffsetText(chars, offsets, length);
    }

    private OffsetText(char[] chars, int[] offsets, int length) {
        this.chars = chars;
        this.offsets = offsets;
        this.length = length;
    }

    public void append(char c, int sourceOffset) {
        ensureRoom(1);
        offsets[length] = sourceOffset;
        chars[length++] = c;
    }

    /** Appends {@code other}'s characters {@code [from, to)} with their offsets, in one copy. */
    public void append(OffsetText other, int from, int to) {
        append(other.chars, other.offsets, from, to);
    }

    /** Appends {@code text[from, to)}, each character with its offset in {@code sourceOffsets}, in one copy. */
    public void append(char[] text, int[] sourceOffsets, int from, int to) {
        int count = to - from;
        ensureRoom(count);
        System.arraycopy(sourceOffsets, from, offsets, length, count);
        System.arraycopy(text, from, chars, length, count);
        length += count;
    }

    private void ensureRoom(int more) {
        int needed = length + more;
        if (needed > chars.length) {
            int capacity = Math.max(needed, chars.length * 2);
            chars = Arrays.copyOf(chars, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
        }
    }

    /** Removes characters {@code [from, to)}. */
    public void delete(int from, int to) {
        if (from > to || to > length) {
            throw new IllegalArgumentException("not a range of the text: " + from + ", " + to);
        }
        System.arraycopy(offsets, to, offsets, from, length - to);
        System.arraycopy(chars, to, chars, from, length - to);
        length -= to - from;
    }

    public int sourceOffset(int index) {
        return offsets[index];
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public char lastChar() {
        return charAt(length - 1);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        // Only the characters asked for: a copy of the whole text for each would cost a letter's length per hyphen at a line end.
        java.util.Objects.checkFromToIndex(start, end, length);
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    int[] offsetsCopy() {
        return Arrays.copyOf(offsets, length);
    }
}
