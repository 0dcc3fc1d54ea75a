package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What the night does not read is never dropped in silence: the manifest lists it with the reason, a link leaving the folder is a 问题. */
class IgnoredFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyFileNotReadIsListedWithItsReasonAndALinkLeavingTheFolderIsAProblem() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/001-区级机关工委-2023-绩效目标.csv"), input.resolve("001.csv"));
        Files.writeString(input.resolve(".隐藏.csv"), "年度,主管部门\n", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("说明.txt"), "本文件夹存放各部门的申报文件", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("~$001.xlsx"), "lock", StandardCharsets.UTF_8);
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).resolve("外部.csv");
        Files.copy(Path.of("input/000-松江区委组织部-2025-绩效目标.csv"), outside);
        Files.createSymbolicLink(input.resolve("外部.csv"), outside);

        Path output = dir.resolve("out");
        RunOutputs.Said said = RunOutputs.runSaying(input, output);
        assertThat(said.code()).as(said.out() + said.err()).isZero();
        assertThat(said.out()).contains("输入文件 1 个", "未读取 4 个文件或文件夹");

        JsonNode manifest = RunOutputs.manifest(output);
        List<String> ignored = new ArrayList<>();
        manifest.get("ignored").forEach(i -> ignored.add(i.get("path").asString() + "：" + i.get("reason").asString()));
        assertThat(ignored).hasSize(4).anyMatch(i -> i.startsWith(".隐藏.csv：隐藏文件"))
                .anyMatch(i -> i.startsWith("~$001.xlsx：Excel 的临时锁定文件")).anyMatch(i -> i.startsWith("说明.txt：不是申报文件"))
                .anyMatch(i -> i.startsWith("外部.csv：是指向输入目录以外的符号链接"));
        assertThat(RunOutputs.csv(output.resolve("问题清单.csv"))).filteredOn(f -> "F08".equals(f.get("规则编号")))
                .singleElement().satisfies(f -> assertThat(f.get("文件")).isEqualTo("外部.csv"));
        // nothing of the file behind the link was read
        assertThat(output.resolve("2025")).doesNotExist();
        NightsTest.assertSameAsFresh(input, output);
    }
}
