/** Approval that means something: the names in approved_by checked against the pull request's reviews. */
package org.dicomstandard.quotable.approvals;
