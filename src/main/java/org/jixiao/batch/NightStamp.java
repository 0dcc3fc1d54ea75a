package org.jixiao.batch;

import java.util.Map;
import org.jixiao.filing.Sha256;
import org.jixiao.store.RunOwner;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a partition's outputs depend on besides the store: jixiao's version, the check settings (an
 * import's findings and scores) and the report templates. The night stamps each partition with its own;
 * a remote worker whose own differ — another jar, another templates/ folder, other
 * {@code --jixiao.scoring.*} settings — refuses the partition rather than publish what the night would
 * not have: the partition fails, and the night says why. On the night's own threads the two are the same.
 */
final class NightStamp implements StepExecutionListener {

    static final String KEY = "jixiao.stamp";

    private final Fingerprints fingerprints;
    private volatile String mine;

    NightStamp(Fingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    String stamp() {
        if (mine == null) {
            String[][] groups = {Fingerprints.TARGETS, Fingerprints.SELF, Fingerprints.SUMMARY};
            Sha256 sha = new Sha256().add("night").add(fingerprints.checks());
            for (String[] names : groups) {
                sha.add(fingerprints.templatesOf(names));
            }
            mine = sha.hex();
        }
        return mine;
    }

    /** The partitions of {@code partitioner}, each stamped with the night's stamp. */
    Partitioner stamped(Partitioner partitioner) {
        return gridSize -> {
            Map<String, ExecutionContext> contexts = partitioner.partition(gridSize);
            contexts.values().forEach(c -> c.putString(KEY, stamp()));
            return contexts;
        };
    }

    /** On the partition, wherever it runs. A partition whose context never reached the store carries no stamp to check. */
    @Override
    public void beforeStep(StepExecution partition) {
        String night = partition.getExecutionContext().containsKey(KEY) ? partition.getExecutionContext().getString(KEY) : null;
        if (night != null && !night.equals(stamp())) {
            throw new IllegalStateException("工作进程 " + RunOwner.worker() + " 与本次运行的配置不同（jixiao 版本、templates/ 模板或评分设置），"
                    + "不能处理它的分区：请用与每晚作业相同的 jar、模板目录和 --jixiao.scoring 设置启动工作进程 / this worker's jixiao, "
                    + "templates or scoring settings differ from the night's");
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        return null;
    }
}
