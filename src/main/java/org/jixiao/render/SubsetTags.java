package org.jixiao.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the font subsets of each part bound into one publication tags no other part uses. Every part
 * was made deterministic on its own, so two parts both call their (different) subsets AAAAAA+; in one
 * file, a viewer or a printer's RIP may take two subsets of the same name for one font and print the
 * glyphs of one with the other's outlines.
 */
final class SubsetTags {

    private int used;

    byte[] rename(byte[] pdf) {
        Map<String, String> tags = new HashMap<>();
        return PdfDeterminism.renameTags(pdf, t -> tags.computeIfAbsent(t, x -> PdfDeterminism.tag(used++)));
    }
}
