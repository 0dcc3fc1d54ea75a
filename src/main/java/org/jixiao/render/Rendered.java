package org.jixiao.render;

/** A rendered PDF: its bytes and its page count (for manifest.json). */
public record Rendered(byte[] pdf, int pages) {
}
