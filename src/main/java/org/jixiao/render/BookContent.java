package org.jixiao.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What a summary book (汇编) holds, in the order it is bound: the cover's words, the 报送情况表 (issue 17), the
 * 汇总表 at the front (all 地区, then each 地区), then per 地区 its departments, each with its 汇总表, 申报表 and
 * 自评表. Every part is a file rendered earlier; the book reads them one at a time.
 */
public record BookContent(Cover cover, List<Chapter> status, List<Chapter> front, List<Region> regions) {

    /** A book without a 报送情况表. */
    public BookContent(Cover cover, List<Chapter> front, List<Region> regions) {
        this(cover, List.of(), front, regions);
    }

    /** The cover: the title, the 地区 it covers (with the list of 地区 when it covers several), what it holds. */
    public record Cover(String title, String region, String regions, String scope) {
    }

    /** A rendered part under its title in the contents. */
    public record Chapter(String title, Path pdf) {
    }

    /** A department and its parts, in the order they are bound. */
    public record Unit(String name, List<Chapter> parts) {
    }

    public record Region(String name, List<Unit> departments) {
    }
}
