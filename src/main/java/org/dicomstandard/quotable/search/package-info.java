/** Finding the right approved reply: the in-memory Lucene index, queries, suggestions and hot reload. */
package org.dicomstandard.quotable.search;
