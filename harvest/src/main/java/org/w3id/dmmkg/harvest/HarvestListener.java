package org.w3id.dmmkg.harvest;

/** Hears how a harvest goes: what the command line prints, and its progress bar. */
public interface HarvestListener {
    /** Hears nothing. */
    HarvestListener NONE = new HarvestListener() { };

    /** The sources were listed: this many publications, of which {@code toFetch} are new or changed. */
    default void listed(int publications, int toFetch) {
    }

    /** A dry run: what would be fetched ({@code new}, {@code changed}) or removed. */
    default void wouldDo(String key, String what, String from) {
    }

    /** A file fetched into the mirror. */
    default void fetched(String key, String from) {
    }

    /** A publication the source deleted, removed from the mirror. */
    default void removed(String key) {
    }

    /** Something that failed, in one line naming the request or publication; the harvest goes on. */
    default void failed(String what, String reason) {
    }

    /** One more publication is done, whatever came of it. */
    default void stepped() {
    }
}
