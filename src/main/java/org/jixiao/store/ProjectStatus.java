package org.jixiao.store;

/**
 * What became of a project, as jx_project.status and jx_night_project.status keep it: imported, or
 * refused for a 错误. The SQL in this package compares with these names.
 */
enum ProjectStatus {
    IMPORTED,
    REJECTED;

    static ProjectStatus of(boolean imported) {
        return imported ? IMPORTED : REJECTED;
    }

    static boolean imported(String stored) {
        return IMPORTED.name().equals(stored);
    }
}
