package org.w3id.dmmkg.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.dmmkg.loader.internal.text.SourceReader;

/**
 * The letter files a load names: files as they are, folders walked below. A folder that cannot
 * be listed, a symbolic link loop, a link that leads nowhere and a file the loader does not read
 * are each told to the {@link Report} by name, and the walk goes on with the rest. Links to
 * folders are followed, each real folder once.
 */
final class FileWalk {
    /** Lists a folder's entries: the file system, or a stand-in that fails as a file system can. */
    @FunctionalInterface
    interface Lister {
        List<Path> list(Path folder) throws IOException;
    }

    /** What the walk tells about the paths it does not take. */
    interface Report {
        /** A path that was asked for and cannot be loaded. */
        void failed(Path path, String reason);

        /** A path below a folder that is left out on purpose. */
        void skipped(Path path, String reason);
    }

    static final Lister FILE_SYSTEM = folder -> {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    };

    private final Lister lister;
    private final Report report;
    private final Set<Path> seenFolders = new HashSet<>();
    private final List<Path> files = new ArrayList<>();

    FileWalk(Lister lister, Report report) {
        this.lister = lister;
        this.report = report;
    }

    /** The files to read, in the order named, each folder's in name order, each file once. */
    List<Path> files(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                report.failed(path, "no such file or folder");
            } else if (Files.isDirectory(path)) {
                walk(path);
            } else {
                // A file named on the command line is read whatever its name; the reader says why not.
                files.add(path);
            }
        }
        Set<Path> seen = new HashSet<>();
        return files.stream().filter(f -> seen.add(f.toAbsolutePath().normalize())).toList();
    }

    private void walk(Path folder) {
        Path real;
        List<Path> entries;
        try {
            real = folder.toRealPath();
            if (!seenFolders.add(real)) {
                boolean loop = folder.toAbsolutePath().normalize().startsWith(real);
                report.skipped(folder, loop ? "symbolic link loop: not followed (it leads back to " + real + ")"
                        : "skipped: a link to " + real + ", which is walked already");
                return;
            }
            entries = lister.list(folder);
        } catch (AccessDeniedException e) {
            report.failed(folder, "cannot read folder: permission denied");
            return;
        } catch (IOException | java.io.UncheckedIOException e) {
            report.failed(folder, "cannot read folder: " + reason(e));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                walk(entry);
            } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                report.failed(entry, brokenLink(entry));
            } else if (!SourceReader.reads(name)) {
                report.skipped(entry, "skipped: not a letter file (reads " + String.join(", ", SourceReader.EXTENSIONS) + ")");
            } else {
                files.add(entry);
            }
        }
    }

    /** Why a link leads to nothing readable: a loop, or a target that is not there. */
    static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "not a regular file";
        } catch (NoSuchFileException e) {
            return "not a regular file (a dangling link)";
        } catch (FileSystemException e) {
            return "symbolic link loop: not followed";
        } catch (IOException e) {
            return "cannot follow the link: " + reason(e);
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
