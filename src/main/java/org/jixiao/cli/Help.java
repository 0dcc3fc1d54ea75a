package org.jixiao.cli;

/** The --help text. */
final class Help {

    static final String USAGE = """
            jixiao — 预算绩效目标申报表/自评表 批处理 (budget-performance filings, nightly batch)

            用法 / usage:
              java -jar target/jixiao.jar [run] [--input=DIR] [--output=DIR] [--run-date=YYYY-MM-DD] [--store=JDBC_URL] [--fresh]
                                          [--draft] [--duplex] [--archive] [--workers=local|remote]
              java -jar target/jixiao.jar worker --store=jdbc:postgresql://…
              java -jar target/jixiao.jar history [--output=DIR] [--store=JDBC_URL]
              java -jar target/jixiao.jar template --kind=targets|self-evaluation|roster [--output=FILE.xlsx]
              java -jar target/jixiao.jar generate --projects=N [--seed=S] [--shapes=all|csv] [--years=2|1] --output=DIR
              java -Xmx1g -jar target/jixiao.jar bench --scale=S|M|L [--shapes=all|csv] [--output=DIR] [--threads=N] [--seed=S]
              java -jar target/jixiao.jar bench --scale=S|M|L --workers=N --store=jdbc:postgresql://… [--output=DIR]

            命令 / commands:
              run        默认。读取 --input 下全部 CSV/XLSX 申报，校验、汇总并写出报表到 --output
                         (default) read every CSV/XLSX filing under --input, check, sum, publish to --output
              worker     远程工作进程：领取使用同一 PostgreSQL 存储、以 --workers=remote 运行的每晚作业的分区（生成报表，
                         文件多时也导入），一次一个，直到收到 SIGTERM（做完或交回手头的分区后退出）
                         a remote worker: takes partitions of the nights run with --workers=remote on that store,
                         one at a time, until SIGTERM (then it finishes or hands back the one in hand)
              history    列出保存在数据库中的每次运行 / list every run kept in the store
              template   生成供各部门填写的 Excel 模板（带下拉列表和填写说明），填好后放入 --input 即可导入
                         write a fill-in workbook for departments (dropdowns, instructions); a filled copy imports as is
                         --kind=targets 绩效目标 | --kind=self-evaluation 绩效自评；--output 默认 <种类>填报模板.xlsx，不覆盖已有文件
                         --kind=roster 报送名单（年度、地区、主管部门、应报类型、截止日期），默认写成 名单.xlsx，
                         填好后放在输入目录最上层 / the bureau's roster, written as 名单.xlsx for the input folder
              generate   生成模拟的全市申报（约每部门 10 个项目，三种格式，含少量故意埋入的错误）；同一 N 和 S 生成的文件逐字节相同
                         write a synthetic city's filings (about 10 projects a department, all three shapes, a few
                         planted defects); the same N and S give the same bytes. --seed 默认 7；DIR 须为空目录；
                         --shapes=csv 只写平铺 CSV（项目与默认相同） / flat CSV only, same projects
                         默认还写各部门上年（2024）的申报表，与其 2024 自评表成对（含少量故意的不一致），并供 2025 与上年比较；
                         --years=1 不写（基准测试的城市） / also the 2024 申报表 the 2024 自评表 evaluate; --years=1 leaves them out
              bench      基准测试：生成 S/M/L（100 / 1,000 / 10,000 个项目）的模拟申报，在本进程内运行完整的每晚作业，
                         再用 OpenPDF 直接写出同样的页面作为下限；打印各阶段的数量、秒数、每秒数量和峰值堆，
                         并写入 <output>/bench-<规模>/bench-<规模>.csv 和 .md（--output 默认 output，--threads 默认本机核数；
                         --shapes=csv 只用平铺 CSV，写入 bench-<规模>-csv/，导入速度目标即针对此）
                         benchmark: generate a city, run the real nightly job in this JVM, write the same pages with
                         OpenPDF as the lower bound; print and save items, seconds, items/s and peak heap per stage
                         (--threads defaults to the machine's cores)
              help       显示本说明 / show this text

            选项 / options:
              --input=DIR        申报文件目录，默认 input / folder of filings (default: input)
              --output=DIR       输出目录，默认 output / output folder (default: output)
              --run-date=DATE    报表上印的运行日期，默认今天；同一输入同一日期输出相同
                                 run date printed on reports (default: today); same input + date → same bytes
              --store=JDBC_URL   数据库，默认 <output>/.jixiao/store 下的 H2 文件库；或 PostgreSQL：
                                 jdbc:postgresql://主机:5432/数据库?user=…&password=…
                                 store (default: H2 file database in <output>/.jixiao/), or a PostgreSQL URL
              --workers=remote   分区交给远程工作进程（需 PostgreSQL 存储）；默认 local：本进程的线程
                                 hand the partitions to remote workers (PostgreSQL store); default local: this JVM's threads
              --fresh            放弃上次未完成的运行，重新开始（默认：继续上次中断的运行）
                                 abandon an unfinished earlier run instead of resuming it (default: resume)
              --draft            每个 PDF 的每一页斜印「征求意见稿」，供定稿前征求意见
                                 stamp 征求意见稿 across every page of every PDF, for circulation before the final run
              --duplex           汇编按双面印刷排版：封面、目录、各汇总表和每个主管部门都从右页（奇数页）开始
                                 lay the summary books out for double-sided printing: sections start on a right-hand page
              --archive          另写每本汇编和每个公开版的归档版（PDF/A-1b，…-归档版.pdf）
                                 also write an archive edition (PDF/A-1b) of every book and disclosure edition
              --jixiao.scoring.* 评分规则，如 --jixiao.scoring.excellent=90 / scoring rules

            同一输出目录同时只能有一个运行；被中断（包括 kill -9）的运行，用同一命令再次运行即从中断处继续，
            输出与未中断时完全相同。进度：终端上显示进度条，重定向到日志时每 10% 一行。
            one run at a time per output folder; a run that was killed resumes where it stopped when started
            again with the same command, and ends with the same outputs. Progress: a bar on a terminal, a line
            per 10% in a log.

            退出码 / exit codes:
              0  全部成功 / all went well
              1  运行失败 / the run failed
              2  运行完成，但有申报被拒收（错误） / finished, some filings rejected (错误 findings)
              3  另一运行正在使用同一数据库 / another run is using the same store
              64 命令行有误 / wrong command line
            """;

    private Help() {
    }
}
