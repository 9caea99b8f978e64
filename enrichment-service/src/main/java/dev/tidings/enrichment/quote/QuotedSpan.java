package dev.tidings.enrichment.quote;

/**
 * Words between quotation marks.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or the paragraph end when a quote runs on into the next
 *     paragraph (news style opens each paragraph of a long quote again and closes only the last)
 * @param start offset of the first quoted character
 * @param end offset one past the last quoted character, before any comma that only separates the
 *     quote from its attribution
 * @param paragraph index of the paragraph (line) the quote starts in
 * @param endsSentence the quoted words end with a full stop: the sentence ends with the quote
 */
record QuotedSpan(int open, int close, int start, int end, int paragraph, boolean endsSentence) {}
