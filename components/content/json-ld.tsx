import { headers } from 'next/headers';

/**
 * schema.org structured data: an object (or a list of them) such as
 * `{ '@context': 'https://schema.org', '@type': 'FAQPage', … }`. Kept as `object` so typed builders
 * (interfaces, `schema-dts`) fit; it is serialized with JSON.stringify, so Dates become ISO strings.
 */
export type JsonLdData = object;

/**
 * JSON for a `<script type="application/ld+json">`. Every `<` becomes `\u003c`, so text such as
 * `</script>` or `<!--` inside the data cannot end the script element early.
 */
export function serializeJsonLd(data: JsonLdData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Renders structured data for search engines; use it in server components, anywhere in the page. */
export async function JsonLd({ data }: { data: JsonLdData }) {
  // Data, not code, but it carries the request's CSP nonce (proxy.ts) like every script element we write.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
