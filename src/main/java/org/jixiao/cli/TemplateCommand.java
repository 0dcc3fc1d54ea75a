package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jixiao.filing.Kind;
import org.jixiao.template.FillInTemplate;
import org.jixiao.template.RosterTemplate;

/**
 * {@code template --kind=targets|self-evaluation|roster [--output=FILE.xlsx]}: writes a fill-in workbook
 * for departments, or the bureau's 报送名单. No Spring context and no store: it only writes one file.
 */
final class TemplateCommand {

    private static final Set<String> OPTIONS = Set.of("kind", "output", "help");
    private static final Set<String> ROSTER = Set.of("roster", "名单", "报送名单");

    private TemplateCommand() {
    }

    static ExitCode run(Options options, PrintStream out) {
        for (String name : options.values().keySet()) {
            if (!OPTIONS.contains(name)) {
                throw new Cli.UsageException("未知选项 / unknown option: --" + name);
            }
        }
        String asked = options.get("kind", null);
        boolean roster = asked != null && ROSTER.contains(asked.strip().toLowerCase(Locale.ROOT));
        Kind kind = roster ? null : kind(asked);
        String label = roster ? "报送名单" : kind.label();
        // the roster's default name is the one the night looks for, so a filled copy goes into the input folder as it is
        Path output = Path.of(options.get("output", roster ? "名单.xlsx" : kind.label() + "填报模板.xlsx")).toAbsolutePath().normalize();
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new Cli.UsageException("--output 应为 .xlsx 文件 / must name an .xlsx file: " + output);
        }
        try {
            if (roster) {
                new RosterTemplate().write(output);
            } else {
                new FillInTemplate(kind).write(output);
            }
        } catch (FileAlreadyExistsException e) {
            System.err.println("文件已存在，未覆盖（可能是已填好的模板）；请换一个文件名或先删除它 / file exists, not overwritten: " + output);
            return ExitCode.FAILED;
        } catch (IOException e) {
            System.err.println("模板写入失败 / could not write the template: " + output + "：" + e.getMessage());
            return ExitCode.FAILED;
        }
        out.println("已生成" + label + "填报模板 / template written: " + output);
        if (roster) {
            out.println("填好后以 名单.xlsx 为名放在输入目录最上层 / fill it in and put it at the top of the input folder as 名单.xlsx");
        }
        return ExitCode.OK;
    }

    private static Kind kind(String value) {
        if (value == null) {
            throw new Cli.UsageException("请用 --kind=targets（绩效目标）、--kind=self-evaluation（绩效自评）或 --kind=roster（报送名单）指定模板种类\n"
                    + "choose the template with --kind=targets, --kind=self-evaluation or --kind=roster");
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "targets", "绩效目标" -> Kind.TARGETS;
            case "self-evaluation", "绩效自评" -> Kind.SELF_EVALUATION;
            default -> throw new Cli.UsageException("--kind 应为 targets、self-evaluation 或 roster / must be targets, self-evaluation or roster: "
                    + value);
        };
    }
}
