interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}
declare const trustedTypes: { createPolicy(name: string, rules: { createHTML: (s: string) => string }): TrustedTypePolicyLike } | undefined;

// DOMParser.parseFromString is a Trusted Types sink even for XML. Parsing a feed as XML is inert
// (no script runs in a parsed XML document), so this policy is an identity kept private to this module.
let policy: TrustedTypePolicyLike | null | undefined;
function xmlPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  try {
    policy = typeof trustedTypes === 'undefined' ? null : trustedTypes.createPolicy('press-widgets-xml', { createHTML: (s) => s });
  } catch {
    policy = null; // A page that allows only named policies and not ours: parsing may still work without TT enforcement.
  }
  return policy;
}

function parse(text: string): Document | null {
  const p = xmlPolicy();
  const input = (p ? p.createHTML(text) : text) as string;
  const doc = new DOMParser().parseFromString(input, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? null : doc;
}

/** HTML entities that hand-made feeds use although XML does not know them. */
const HTML_ENTITIES: Record<string, number> = {
  nbsp: 160, shy: 173, ndash: 8211, mdash: 8212, hellip: 8230, lsquo: 8216, rsquo: 8217, sbquo: 8218,
  ldquo: 8220, rdquo: 8221, bdquo: 8222, laquo: 171, raquo: 187, middot: 183, bull: 8226, euro: 8364,
  copy: 169, reg: 174, trade: 8482, deg: 176, sect: 167, auml: 228, ouml: 246, uuml: 252, Auml: 196,
  Ouml: 214, Uuml: 220, szlig: 223, eacute: 233, egrave: 232, agrave: 224, ccedil: 231,
};
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Mends the two faults that break most hand-made feeds: a bare `&` ("Fish & Chips") and HTML
 * entities (`&nbsp;`) that XML does not define. Nothing else is touched.
 */
function mend(text: string): string {
  return text.replace(/&(#\d+;|#x[0-9a-fA-F]+;|([A-Za-z][A-Za-z0-9]*);)?/g, (match, reference?: string, name?: string) => {
    if (!reference) return '&amp;';
    if (!name || XML_ENTITIES.has(name)) return match;
    return name in HTML_ENTITIES ? `&#${HTML_ENTITIES[name]};` : `&amp;${name};`;
  });
}

/**
 * Parses XML text into an inert document; returns null when it is not well-formed even after
 * mending bare ampersands and HTML entities.
 */
export function parseXml(text: string): Document | null {
  return parse(text) ?? parse(mend(text));
}
