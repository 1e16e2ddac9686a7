<?xml version="1.0" encoding="UTF-8"?>
<!--
  The words an edition adds itself, in the document's language: sg:label looks $key up in the
  table i18n.xml (shared by the HTML and the print edition), English where the language has no
  word. A key the table lacks is a stylesheet bug: SG510.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:sg="urn:stenogram:xslt"
    xmlns:i18n="urn:stenogram:i18n"
    exclude-result-prefixes="#all">

  <xsl:variable name="sg:words" as="document-node()" select="doc('i18n.xml')"/>

  <xsl:key name="sg:word" match="i18n:word" use="@key"/>

  <!-- The word for $key in the language $lang (an xml:lang value: its primary subtag counts). -->
  <xsl:function name="sg:label" as="xs:string" cache="yes">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="word" as="element(i18n:word)?" select="key('sg:word', $key, $sg:words)"/>
    <xsl:if test="empty($word)">
      <xsl:message terminate="yes" error-code="sg:SG510">SG510: no word "<xsl:value-of select="$key"/>" in i18n.xml</xsl:message>
    </xsl:if>
    <xsl:variable name="primary" as="xs:string" select="lower-case(tokenize(string($lang), '-')[1])"/>
    <xsl:sequence select="string(($word/i18n:w[@lang = $primary], $word/i18n:w[@lang = 'en'])[1])"/>
  </xsl:function>

</xsl:stylesheet>
