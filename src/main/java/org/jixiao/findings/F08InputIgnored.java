package org.jixiao.findings;

/**
 * F08 输入目录中的项未读取 (问题): an entry of the input folder the night does not read and the analyst
 * must hear of — a link leaving the folder, an entry that cannot be opened, a name too long. Entries
 * left out as a matter of course (hidden files, Excel's lock files, what is no filing) are only listed
 * in manifest.json; the scan ({@code ingest/InputFolder}) says which is which and why.
 */
public final class F08InputIgnored {

    private F08InputIgnored() {
    }

    /** The 问题 naming the entry {@code name} and why it was not read. */
    public static Finding of(String name, String reason) {
        return new Finding(Rule.INPUT_IGNORED, name, "", 0, "", null, null, "未读取「" + name + "」：" + reason);
    }
}
