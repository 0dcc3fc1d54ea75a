package org.jixiao.findings;

/**
 * F13 文件编码与其标记不符 (问题): a CSV that starts with a UTF-8 byte-order mark but is GB18030 is read as
 * GB18030 (what its bytes are) and said, so the filer saves it properly next time.
 */
public final class F13EncodingMismatch {

    private F13EncodingMismatch() {
    }

    /** A UTF-8 BOM on GB18030 text. */
    public static FileFinding bomOnGb18030() {
        return new FileFinding(Rule.ENCODING_MISMATCH, "", 0, "",
                "文件开头有 UTF-8 标记（BOM），内容却是 GB18030（GBK）编码，已按 GB18030 读取；请将文件另存为「CSV UTF-8」后重新报送");
    }
}
