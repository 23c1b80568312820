const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Text as HTML, for element content and quoted attributes alike: every
 * character that could open a tag, an entity or end an attribute is
 * escaped, so nothing from a document is ever read as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!)
}
