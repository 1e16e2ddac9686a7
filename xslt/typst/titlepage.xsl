<?xml version="1.0" encoding="UTF-8"?>
<!--
  The title page of a document (title, authors, date, editors, publisher, from header.xsl) with
  its imprint on the verso (sources, archive reference, licence, the editor's note), and the
  title page of a volume (its title and the table of contents, without line numbers).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <!-- The title page (recto): authors, title, date, editors, publisher; on its verso the
       imprint: where the text comes from (sources, archive reference), the licence and the
       editor's note (the header's projectDesc and editorialDecl: how the text was encoded,
       what was removed, what joined), as the HTML edition prints them under its title. -->
  <xsl:template match="tei:TEI" mode="sg:title-page" as="text()*">
    <xsl:variable name="lang" as="xs:string" select="sg:doc-lang(.)"/>
    <xsl:text>&#10;// tei: </xsl:text>
    <xsl:value-of select="sg:path(tei:teiHeader)"/>
    <xsl:text>&#10;#sg-title-page(</xsl:text>
    <xsl:value-of select="string-join((
        'title: ' || sg:string(sg:title(.)),
        'subtitle: ' || sg:string-or-none(sg:subtitle(.)),
        'authors: ' || sg:array(sg:authors(.)),
        'date: ' || sg:string-or-none(sg:date-text(.)),
        'editors: ' || sg:array(sg:editors(.)),
        'editor-label: ' || sg:string(sg:label('editor', $lang)),
        'publisher: ' || sg:string-or-none(sg:publisher(.))), ',&#10;  ')"/>
    <xsl:text>)&#10;</xsl:text>
    <xsl:variable name="note" as="element()*"
        select="tei:teiHeader/tei:encodingDesc/(tei:projectDesc, tei:editorialDecl)/*"/>
    <xsl:if test="exists((sg:sources(.), sg:archive(.), sg:licence(.), $note))">
      <xsl:text>#sg-imprint(</xsl:text>
      <xsl:value-of select="string-join((
          'sources: ' || sg:array(sg:sources(.)),
          'source-label: ' || sg:string(sg:label('source', $lang)),
          'archive: ' || sg:string-or-none(sg:archive(.)),
          'archive-label: ' || sg:string(sg:label('archive', $lang)),
          'licence: ' || sg:string-or-none(sg:licence(.)),
          'licence-label: ' || sg:string(sg:label('licence', $lang)),
          'note-heading: ' || sg:string(sg:label('editorial', $lang))), ',&#10;  ')"/>
      <xsl:text>,&#10;  note: (</xsl:text>
      <xsl:for-each select="$note">
        <xsl:text>&#10;    [</xsl:text>
        <xsl:apply-templates select="if (self::tei:p or self::tei:ab) then node() else ." mode="sg:inline"/>
        <xsl:text>],</xsl:text>
      </xsl:for-each>
      <xsl:text>))&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- A volume opens with its title and the contents (documents and their divisions). -->
  <xsl:template name="sg:volume-title-page" as="text()*">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:text>&#10;#sg-title-page(title: </xsl:text>
    <xsl:value-of select="sg:string($title)"/>
    <xsl:text>)&#10;#page(header: none, { set par.line(numbering: none); outline(title: </xsl:text>
    <xsl:value-of select="sg:string(sg:label('contents', $lang))"/>
    <xsl:text>, depth: 2) })&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
