package org.jixiao.render;

/**
 * What a publication says about itself in its document information (and, in an archive edition, its
 * XMP metadata): its title, who it is of (the 主管部门, when it is one department's), its subject (年度,
 * 地区, what it holds) and keywords a catalogue can search. Null parts are left out.
 */
public record Description(String title, String author, String subject, String keywords) {

    public static Description titled(String title) {
        return new Description(title, null, null, null);
    }
}
