package org.w3id.dmmkg.harvest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one source lists about one document.
 *
 * @param source           {@code tk} or {@code sru}
 * @param id               the source's own id (the Tweede Kamer's GUID, the SRU identifier)
 * @param changed          when the source last changed it (GewijzigdOp; modified or available)
 * @param dossiers         its dossiers, normalised, the numbering one first
 * @param number           its number in the first dossier, or null
 * @param title            its title, or null
 * @param tkDocumentNumber the Tweede Kamer's document number, or null
 * @param date             its date, or null
 * @param signers          who signed it
 * @param page             its official page, or null
 * @param recordUrl        the URL of the source record
 * @param fileUrl          where its file is, or null when the source has none to offer
 * @param extension        the file's extension ({@code xml}, {@code pdf}, {@code docx}), or null
 * @param raw              the record as the source gave it, for the sidecar
 */
public record Listed(String source, String id, String changed, List<String> dossiers, String number, String title,
        String tkDocumentNumber, LocalDate date, List<String> signers, String page, String recordUrl, String fileUrl,
        String extension, ObjectNode raw) {

    public Listed {
        dossiers = List.copyOf(dossiers);
        signers = List.copyOf(signers);
    }

    /** The keys it may go by: {@code kst-{dossier}-{number}} for each dossier, or its document number. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (number != null) {
            dossiers.forEach(d -> keys.add("kst-" + d + "-" + number));
        }
        if (keys.isEmpty()) {
            keys.add(tkDocumentNumber != null ? "tk-" + tkDocumentNumber : id);
        }
        return keys;
    }
}
