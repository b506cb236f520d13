/** What was asked, which replies were used and whether they helped: recorded asynchronously into an embedded H2 or a shared PostgreSQL database. */
package org.dicomstandard.quotable.events;
