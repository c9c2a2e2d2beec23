package org.w3id.dmmkg.harvest.internal;

import java.time.LocalDate;
import java.util.List;
import org.w3id.dmmkg.harvest.Dossier;
import org.w3id.dmmkg.harvest.SourceException;

/** An official source of letters: what it lists in a dossier, and whether a document is still there. */
public interface Source {
    /** {@code tk} or {@code sru}: the name the mirror's sidecars know it by. */
    String name();

    /** The documents of {@code kinds} in {@code dossier}, from {@code since} (null: all), in date order. */
    List<Listed> list(Dossier dossier, LocalDate since, List<String> kinds) throws SourceException;

    /** Whether the document with this id is still published (not deleted, not withdrawn). */
    boolean exists(String id) throws SourceException;
}
