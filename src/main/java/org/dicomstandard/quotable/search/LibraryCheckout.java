package org.dicomstandard.quotable.search;

import java.io.IOException;

/**
 * Something that must lay the library's files in place before the first load, such as the git
 * clone of the sync package. Without one, the library folder is served as it is.
 */
public interface LibraryCheckout {
    /** Makes the library folder ready to load; fails when it cannot be, rather than serve a wrong folder. */
    void prepare() throws IOException;
}
