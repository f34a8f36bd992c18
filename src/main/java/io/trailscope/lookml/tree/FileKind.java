package io.trailscope.lookml.tree;

import java.util.Locale;

/** What a LookML file holds, told by its name. */
public enum FileKind {
    MODEL,
    VIEW,
    EXPLORE,
    MANIFEST,
    DASHBOARD,
    OTHER_LOOKML,
    NOT_LOOKML;

    public static FileKind of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".model.lkml")) {
            return MODEL;
        }
        if (name.endsWith(".view.lkml")) {
            return VIEW;
        }
        if (name.endsWith(".explore.lkml")) {
            return EXPLORE;
        }
        if (name.equals("manifest.lkml")) {
            return MANIFEST;
        }
        if (name.endsWith(".lkml")) {
            return OTHER_LOOKML;
        }
        if (name.endsWith(".dashboard.lookml")) {
            return DASHBOARD;
        }
        return NOT_LOOKML;
    }
}
