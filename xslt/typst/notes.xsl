<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial notes become real footnotes at the foot of the page (Typst's footnote), wherever
  they stand: inside a paragraph, or between blocks.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note" mode="sg:inline" as="text()*">
    <xsl:text>#footnote[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A note between blocks is anchored at the end of the block before it. -->
  <xsl:template match="tei:note" mode="sg:block" as="text()*">
    <xsl:apply-templates select="." mode="sg:inline"/>
  </xsl:template>

</xsl:stylesheet>
