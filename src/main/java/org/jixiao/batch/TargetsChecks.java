package org.jixiao.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.Sha256;
import org.jixiao.findings.Finding;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.StoredProject;
import org.jixiao.store.TargetsCheckStore;

/**
 * The night's 自评 against the targets their departments declared: per 年度 and department (by name, as
 * the contract compares names, whatever 地区 each project gives), its published 自评 projects against its
 * published 申报表 projects of that 年度 ({@link TargetsCheck}). A department that filed no targets that
 * 年度 has nothing to check (its 自评 are counted, none with targets). A check whose projects — as filed,
 * and where — are as on a night before is taken from the store, not made again: it needs every project
 * of both kinds rebuilt.
 */
final class TargetsChecks {

    /** Per 年度 and department with 自评 tonight, in report order, and every finding made. */
    record Outcome(List<TargetAgreementTable.Line> lines, List<Finding> findings, int checked, int kept) {
    }

    private final ProjectStore projects;
    private final TargetsCheckStore store;

    TargetsChecks(ProjectStore projects, TargetsCheckStore store) {
        this.projects = projects;
        this.store = store;
    }

    /** A department's projects of one 年度, both kinds, as the night sees them. */
    private static final class Group {
        final List<ProjectStore.Seen> self = new ArrayList<>();
        final List<ProjectStore.Seen> targets = new ArrayList<>();
    }

    Outcome run(long runId) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ProjectStore.Seen s : projects.seen(runId)) {
            if (s.published()) {
                Group g = groups.computeIfAbsent(s.year() + "|" + Departments.key(s.department()), k -> new Group());
                (s.kind() == Kind.SELF_EVALUATION ? g.self : g.targets).add(s);
            }
        }
        List<TargetAgreementTable.Line> lines = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int checked = 0;
        int kept = 0;
        for (Group g : groups.values()) {
            if (g.self.isEmpty()) {
                continue;
            }
            ProjectStore.Seen first = g.self.get(0);
            if (g.targets.isEmpty()) {
                lines.add(TargetAgreementTable.Line.of(first.year(), first.region(), first.department(),
                        new TargetsCheck.Result(List.of(), List.of(), new TargetsCheck.Agreement(g.self.size(), 0, 0))));
                continue;
            }
            String fingerprint = fingerprint(g);
            TargetsCheckStore.Checked found = store.find(fingerprint).orElse(null);
            if (found == null) {
                TargetsCheck.Result r = TargetsCheck.check(load(runId, g.self, Kind.SELF_EVALUATION), load(runId, g.targets, Kind.TARGETS));
                found = new TargetsCheckStore.Checked(r.agreement(), r.findings());
                store.keep(fingerprint, found);
                checked++;
            } else {
                kept++;
            }
            lines.add(TargetAgreementTable.Line.of(first.year(), first.region(), first.department(),
                    new TargetsCheck.Result(found.findings(), List.of(), found.agreement())));
            findings.addAll(found.findings());
        }
        return new Outcome(lines, findings, checked, kept);
    }

    /** The published projects of a kind, rebuilt, 地区 by 地区 in report order, each 地区's as filed. */
    private List<Project> load(long runId, List<ProjectStore.Seen> seen, Kind kind) {
        Set<String> regions = new LinkedHashSet<>();
        seen.forEach(s -> regions.add(s.region() + "\u001F" + s.department()));
        List<Project> all = new ArrayList<>();
        ProjectStore.Seen first = seen.get(0);
        for (String rd : regions) {
            String[] parts = rd.split("\u001F", 2);
            projects.currentOf(runId, kind, first.year(), parts[0], parts[1]).stream().map(StoredProject::project).forEach(all::add);
        }
        return all;
    }

    /** What a check is made from: the projects of both kinds as filed (their digests) and where they are (findings name the files), and jixiao. */
    private static String fingerprint(Group g) {
        Sha256 sha = new Sha256().add("targets-check").add(Fingerprints.FORMAT).add(Fingerprints.VERSION);
        for (List<ProjectStore.Seen> kind : List.of(g.self, g.targets)) {
            sha.add(kind.size());
            for (ProjectStore.Seen s : kind) {
                sha.add(s.region()).add(s.department()).add(s.path()).add(s.firstSeq()).add(s.digest());
            }
        }
        return sha.hex();
    }
}
