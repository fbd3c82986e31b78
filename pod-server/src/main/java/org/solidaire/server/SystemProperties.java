// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import org.solidaire.server.store.tdb2.Tdb2Store;

/**
 * The system properties the server runs with, set before anything initialises Jena or Jetty: by the server's class
 * and by the command line, which starts Jena at once. This class loads nothing else, so that setting them costs
 * the command line's start nothing.
 */
final class SystemProperties {

    /**
     * How many object references Jetty pads its queues with, so that their hot fields sit on cache lines of their
     * own. Unless told, Jetty starts the platform MBean server, a tenth of a second of every start, only to learn
     * whether references are compressed; sixteen references fill a 64-byte line when they are and two lines when
     * they are not, which pads enough either way.
     */
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    /**
     * The system property that chooses Jena's IRI parser. Jena 5 still resolves and checks IRIs with its older
     * parser, jena-iri, unless told; its RFC 3986 parser, jena-iri3986, reads a small Turtle document a quarter
     * faster (IRIs were half the time of parsing one) and an import's N3 Patch a seventh faster.
     */
    private static final String IRI_PROVIDER = "jena.iriprovider";

    private SystemProperties() {
    }

    /** Sets them: TDB2's literal storage always (see Tdb2Store), the others unless given. */
    static void set() {
        System.setProperty(Tdb2Store.KEEP_LEXICAL_FORMS, "false");
        if (System.getProperty(IRI_PROVIDER) == null) {
            System.setProperty(IRI_PROVIDER, "IRI3986");
        }
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
    }
}
