package io.trailscope.block;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in CloudTrail block: a LookML project bundled in the jar under {@code io/trailscope/block/},
 * used when no {@code --project} is given. A jar cannot list a folder, so the files are named here;
 * a test checks the list against the folder.
 */
public final class BuiltInBlock {
    public static final String RESOURCE_FOLDER = "/io/trailscope/block/";
    public static final String MODEL = "cloudtrail";
    public static final String CONNECTION = "trailscope";
    /** Views for Trino/Athena (event_timestamp, empty ip_geo and account_names); not part of the LookML project. */
    public static final String TRINO_SETUP = "trino-setup.sql";

    public static final List<String> FILES = List.of(
            "cloudtrail.model.lkml",
            "cloudtrail_logs.view.lkml",
            "ip_geo.view.lkml",
            "account_names.view.lkml",
            "user_login_facts.view.lkml",
            "user_ip_facts.view.lkml",
            "general_operations.dashboard.lookml",
            "error_overview.dashboard.lookml",
            "console_login_overview.dashboard.lookml",
            "ec2_security_group_modifications.dashboard.lookml",
            "operational_account_activity.dashboard.lookml",
            "security_overview.dashboard.lookml",
            "accounts_and_regions.dashboard.lookml",
            "investigate.dashboard.lookml");

    private BuiltInBlock() {
    }

    /** The text of one bundled file ({@link #FILES} or {@link #TRINO_SETUP}). */
    public static String read(String fileName) {
        try (InputStream in = BuiltInBlock.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (in == null) {
                throw new TrailException(ErrorCode.LOOKML_INCLUDE, "the built-in block has no file " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "cannot read the built-in block file " + fileName, e);
        }
    }

    /** Writes the project's files into {@code folder}, for code that loads projects from disk. */
    public static Path extractTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String file : FILES) {
                Files.writeString(folder.resolve(file), read(file), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "cannot write the built-in block to " + folder + ": " + e.getMessage(), e);
        }
    }
}
