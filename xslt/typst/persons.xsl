<?xml version="1.0" encoding="UTF-8"?>
<!--
  People: the name of a person or group an @who points to, and the index of speakers (every
  speaker of the document, in the alphabetical order of its language, with the pages where
  they speak; the pages are found by Typst from the sg-speech marks of speech.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <xsl:key name="sg:person" match="tei:person | tei:personGrp" use="@xml:id"/>
  <xsl:key name="sg:speech-by-who" match="tei:sp" use="tokenize(@who) ! replace(., '^#', '')"/>

  <!-- The name of $id: the full name in the document's language, a group's name, the printed
       label, the label of the first speech, or the id itself. -->
  <xsl:function name="sg:person-name" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="person" as="element()?" select="key('sg:person', $id, $tei)[1]"/>
    <xsl:variable name="names" as="element()*" select="$person/(tei:persName | tei:name)"/>
    <xsl:sequence select="(
        (sg:own-lang($names[not(@type)], $tei), $names[not(@type)], $names)[1] ! normalize-space(),
        key('sg:speech-by-who', $id, $tei)[1]/tei:speaker ! normalize-space(replace(., '[.:]\s*$', '')),
        $id)[. != ''][1]"/>
  </xsl:function>

  <xsl:template match="tei:TEI" mode="sg:index" as="text()*">
    <xsl:param name="doc" as="xs:string" tunnel="yes"/>
    <xsl:variable name="tei" as="element(tei:TEI)" select="."/>
    <xsl:variable name="lang" as="xs:string" select="sg:doc-lang(.)"/>
    <xsl:variable name="ids" as="xs:string*"
        select="distinct-values(tei:text//tei:sp/@who ! tokenize(.) ! replace(., '^#', ''))"/>
    <xsl:if test="exists($ids)">
      <xsl:text>&#10;&#10;// tei: index of speakers&#10;#sg-speaker-index(</xsl:text>
      <xsl:value-of select="sg:string($doc) || ', ' || sg:string(sg:label('index', $lang)) || ', ('"/>
      <xsl:for-each select="$ids">
        <xsl:sort select="sg:person-name(., $tei)" lang="{$lang}"/>
        <xsl:value-of select="'&#10;  (' || sg:string(sg:person-name(., $tei)) || ', ' || sg:string(.) || '),'"/>
      </xsl:for-each>
      <xsl:text>&#10;))&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
