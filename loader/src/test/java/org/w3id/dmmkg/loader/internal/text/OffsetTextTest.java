package org.w3id.dmmkg.loader.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetTextTest {
    /** Runs copied at once hold the same characters and offsets as the same runs appended one by one. */
    @Test
    void copiesRunsAsCharacterByCharacter() {
        Random random = new Random(3);
        OffsetText source = new OffsetText(1);
        for (int i = 0; i < 500; i++) {
            source.append((char) ('a' + random.nextInt(26) + (random.nextInt(20) == 0 ? 0x2000 : 0)), 3 * i + random.nextInt(3));
        }
        OffsetText bulk = new OffsetText(1);
        OffsetText single = new OffsetText(1);
        char[] array = source.toString().toCharArray();
        int[] offsets = source.offsetsCopy();
        for (int from = 0; from < source.length(); ) {
            int to = Math.min(source.length(), from + random.nextInt(40));
            if (random.nextBoolean()) {
                bulk.append(source, from, to);
            } else {
                bulk.append(array, offsets, from, to);
            }
            for (int i = from; i < to; i++) {
                single.append(source.charAt(i), source.sourceOffset(i));
            }
            from = to + random.nextInt(3);
        }
        assertEquals(single.toString(), bulk.toString());
        assertEquals(java.util.Arrays.toString(single.offsetsCopy()), java.util.Arrays.toString(bulk.offsetsCopy()));
    }
}
