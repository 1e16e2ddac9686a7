<?xml version="1.0" encoding="UTF-8"?>
<!--
  The one place where TEI text becomes Typst source.

  Every character of TEI text (and every header value, label or parameter that reaches the
  Typst source) goes through sg:string: it becomes a Typst *string literal*, in which only the
  backslash and the double quote are special. A string literal is data, never markup or code:
  `#`, `$`, `*`, `_`, `<`, `@`, `[`, `]`, `//`, `=` at line start, `...`, `'`, `"` and the rest
  print as themselves and execute nothing. In markup the literal is embedded as `#"…";` (the
  semicolon ends the embedded expression, so whatever follows can never extend it into a field
  access or a call). XML whitespace runs become one space, as TEI's whitespace is layout only.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <!-- $text as a Typst string literal, quotes included: usable wherever Typst expects a value. -->
  <xsl:function name="sg:string" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="flat" as="xs:string" select="replace(string($text), '[ \t\r\n]+', ' ')"/>
    <xsl:variable name="escaped" as="xs:string"
        select="replace(replace($flat, '\\', '\\\\'), '&quot;', '\\&quot;')"/>
    <xsl:sequence select="'&quot;' || $escaped || '&quot;'"/>
  </xsl:function>

  <!-- $text for Typst markup: the literal embedded as `#"…";`; nothing at all for no text. -->
  <xsl:function name="sg:markup" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if (string($text) = '') then '' else '#' || sg:string($text) || ';'"/>
  </xsl:function>

  <!-- A Typst language code from an xml:lang value (its primary subtag), or () if it has none
       Typst would accept: such a value is ignored rather than passed on. -->
  <xsl:function name="sg:lang" as="xs:string?">
    <xsl:param name="xml-lang" as="xs:string?"/>
    <xsl:variable name="primary" as="xs:string" select="lower-case(tokenize(string($xml-lang), '-')[1])"/>
    <xsl:sequence select="$primary[matches(., '^[a-z]{2,3}$')]"/>
  </xsl:function>

  <!-- The Typst language of $element if it differs from the language it is written in, else (). -->
  <xsl:function name="sg:lang-change" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="own" as="xs:string?" select="sg:lang($element/@xml:lang)"/>
    <xsl:variable name="outer" as="xs:string?" select="sg:lang($element/ancestor::*[@xml:lang][1]/@xml:lang)"/>
    <xsl:sequence select="$own[. != string($outer)]"/>
  </xsl:function>

</xsl:stylesheet>
