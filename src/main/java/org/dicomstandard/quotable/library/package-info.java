/** The reply library: YAML model, safe loading, the communications matrix and the validation rules. */
package org.dicomstandard.quotable.library;
