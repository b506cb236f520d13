/** The channel-neutral answering core: the question as asked in chat, the answer, and the reply as every channel presents it. */
package org.dicomstandard.quotable.answer;
