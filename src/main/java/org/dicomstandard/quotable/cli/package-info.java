/** Command-line entry points: validate, matrix and the other commands of the runnable jar. */
package org.dicomstandard.quotable.cli;
