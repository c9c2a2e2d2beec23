package org.w3id.dmmkg.loader.internal.text;

/**
 * A sentence of the normalised text.
 *
 * @param index   its position among the letter's sentences
 * @param start   first character in the normalised text
 * @param end     one past its last character
 * @param block   index of the block it is in
 * @param heading index of the section heading block it falls under, or -1
 * @param anchor  for a footnote sentence, the index of the sentence its marker stands in;
 *                otherwise its own index
 */
public record Sentence(int index, int start, int end, int block, int heading, int anchor) {
}
