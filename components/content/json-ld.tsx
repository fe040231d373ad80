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
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
