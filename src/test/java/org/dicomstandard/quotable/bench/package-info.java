/** Benchmarks that print figures (run by documented commands, never as timed unit tests). */
package org.dicomstandard.quotable.bench;
