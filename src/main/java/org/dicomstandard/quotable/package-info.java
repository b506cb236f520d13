/** Quotable: the approved-reply library of DICOM WG-14 and the channels that serve it. */
package org.dicomstandard.quotable;
