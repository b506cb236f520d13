/** The REST API, its errors and caching, the OpenAPI document and the journalist FAQ page. */
package org.dicomstandard.quotable.api;
