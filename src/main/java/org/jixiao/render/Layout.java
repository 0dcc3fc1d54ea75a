package org.jixiao.render;

import java.util.List;

/**
 * Where each piece of a publication starts. When the publication is printed on both sides, a piece
 * that must start on a right-hand page and would fall on a left-hand (even) one gets a blank page
 * before it.
 */
record Layout(int[] starts, boolean[] blankBefore, int pages) {

    static Layout of(List<Piece> pieces, boolean duplex) {
        int[] starts = new int[pieces.size()];
        boolean[] blank = new boolean[pieces.size()];
        int next = 1;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (duplex && p.recto() && next % 2 == 0) {
                blank[i] = true;
                next++;
            }
            starts[i] = next;
            next += p.pages();
        }
        return new Layout(starts, blank, next - 1);
    }

    /** The page (1-based) on which {@code page} (1-based) of piece {@code piece} is printed. */
    int page(int piece, int page) {
        return starts[piece] + page - 1;
    }
}
