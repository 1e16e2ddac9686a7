<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes, mode "text": a note of the text is numbered (sg:note-number) and stays where it
  stands, so the text keeps its order: a superscript mark, then the note itself, which the
  stylesheet sets in the margin on a wide screen and as an indented block on a narrow one.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="note" mode="text" as="element()+">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="n" as="xs:integer?" select="sg:note-number(.)"/>
    <xsl:if test="exists($n)">
      <sup class="note-mark" data-generated="">
        <a id="note-ref-{$n}" href="#note-{$n}" aria-describedby="note-{$n}">
          <xsl:value-of select="$n"/>
        </a>
      </sup>
    </xsl:if>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'note', @type ! ('note-' || sg:token(.))"/>
      </xsl:call-template>
      <xsl:attribute name="role" select="'note'"/>
      <xsl:if test="exists($n)">
        <xsl:attribute name="id" select="'note-' || $n"/>
        <a class="note-number" href="#note-ref-{$n}" data-generated="">
          <xsl:value-of select="$n"/>
        </a>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
