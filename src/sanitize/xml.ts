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

/** Parses XML text into an inert document; returns null when it is not well-formed. */
export function parseXml(text: string): Document | null {
  const p = xmlPolicy();
  const input = (p ? p.createHTML(text) : text) as string;
  const doc = new DOMParser().parseFromString(input, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? null : doc;
}
