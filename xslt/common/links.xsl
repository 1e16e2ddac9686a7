<?xml version="1.0" encoding="UTF-8"?>
<!--
  Safe links and language tags, shared by every output.

  sg:safe-href: an attribute value (@ref, @target, @facs, @url, an authority id) may become a
  link only if, with every whitespace and control character removed (as browsers remove them),
  it is a fragment, a relative reference, or an http:, https: or mailto: URI. Anything else
  (javascript:, data:, vbscript:, file: ...) yields the empty sequence: no link is made.
  sg:lang-tag: a TEI @xml:lang as a BCP 47 tag for HTML's lang (ISO 639-3/B codes of the
  languages our material uses mapped to their two-letter form; others unchanged).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  exclude-result-prefixes="#all">

  <xsl:function name="sg:safe-href" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="bare" as="xs:string" select="replace(string($value), '[\s\p{Cc}]', '')"/>
    <xsl:variable name="scheme" as="xs:string?"
      select="if (matches($bare, '^[A-Za-z][A-Za-z0-9+.\-]*:'))
              then lower-case(substring-before($bare, ':')) else ()"/>
    <xsl:sequence select="if ($bare = '') then ()
                          else if (empty($scheme) or $scheme = ('http', 'https', 'mailto'))
                          then normalize-space($value) else ()"/>
  </xsl:function>

  <xsl:variable name="sg:iso639-3" as="map(xs:string, xs:string)" select="map {
    'rus': 'ru', 'eng': 'en', 'ger': 'de', 'deu': 'de', 'fre': 'fr', 'fra': 'fr',
    'slv': 'sl', 'ita': 'it', 'spa': 'es', 'pol': 'pl', 'ukr': 'uk', 'lat': 'la',
    'cze': 'cs', 'ces': 'cs', 'dut': 'nl', 'nld': 'nl', 'swe': 'sv', 'hun': 'hu', 'grc': 'grc'}"/>

  <xsl:function name="sg:lang-tag" as="xs:string">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="primary" as="xs:string" select="lower-case(tokenize($lang, '-')[1])"/>
    <xsl:sequence select="if (map:contains($sg:iso639-3, $primary))
                          then string-join(($sg:iso639-3($primary), tail(tokenize($lang, '-'))), '-')
                          else $lang" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>
</xsl:stylesheet>
