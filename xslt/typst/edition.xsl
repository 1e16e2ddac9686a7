<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 -> Typst source for the print edition (stenogram render to=typst|pdf).

  Input: one TEI document, or a volume of them: <sg:volume xmlns:sg="urn:stenogram:xslt">
  with TEI children, as stenogram.print_edition builds it for several inputs.
  Output: the Typst source (text), which Typst compiles to the PDF.
  Passes: the preamble (frame.xsl), then per document its title page (titlepage.xsl), the text
  (speech.xsl for blocks, phrases.xsl and notes.xsl inline) and the index of speakers
  (persons.xsl): after the document, or, in a volume, one for all documents after the last. All TEI text reaches the source through sg:string (escape.xsl) only.

  Parameters: paper (a4 | us-letter), edition-title (verso running head), short-title (recto
  running head, instead of the header's title[@type='short'] or the title), volume-title,
  debug (yes: show the names of elements rendered by the catch-all).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <xsl:include href="escape.xsl"/>
  <xsl:include href="../common/numbering.xsl"/>
  <xsl:include href="../common/pointers.xsl"/>
  <xsl:include href="../common/i18n.xsl"/>
  <xsl:include href="../common/names.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="frame.xsl"/>
  <xsl:include href="titlepage.xsl"/>
  <xsl:include href="speech.xsl"/>
  <xsl:include href="phrases.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="persons.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:mode on-no-match="fail" use-accumulators="#all"/>

  <xsl:param name="paper" as="xs:string" select="'a4'"/>
  <xsl:param name="edition-title" as="xs:string" select="''"/>
  <xsl:param name="volume-title" as="xs:string" select="''"/>
  <xsl:param name="short-title" as="xs:string" select="''"/>
  <xsl:param name="debug" as="xs:string" select="'no'"/>
  <xsl:param name="source-uri" as="xs:string" select="''"/>

  <xsl:variable name="sg:papers" as="xs:string*" select="('a4', 'us-letter')"/>

  <xsl:template match="/" as="text()*">
    <xsl:if test="not($paper = $sg:papers)">
      <xsl:message terminate="yes" error-code="sg:SG502">SG502: unknown paper size "<xsl:value-of select="$paper"/>" (expected one of: <xsl:value-of select="string-join($sg:papers, ', ')"/>)</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <!-- One document: a book of its own. -->
  <xsl:template match="tei:TEI" as="text()*">
    <xsl:call-template name="sg:preamble">
      <xsl:with-param name="title" select="sg:title(.)"/>
      <xsl:with-param name="authors" select="(sg:authors(.), sg:editors(.))"/>
      <xsl:with-param name="lang" select="sg:doc-lang(.)"/>
      <xsl:with-param name="edition-title" select="sg:edition-title(., $edition-title)"/>
      <xsl:with-param name="paper" select="$paper"/>
    </xsl:call-template>
    <xsl:apply-templates select="." mode="sg:document">
      <xsl:with-param name="doc" select="sg:doc-id(.)" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- Several documents: one volume with a title page and contents. -->
  <xsl:template match="sg:volume" as="text()*">
    <xsl:for-each select="* except tei:TEI">
      <xsl:message terminate="yes" error-code="sg:SG503">SG503: a volume holds TEI documents only, not &lt;<xsl:value-of select="name()"/>&gt; (document <xsl:value-of select="position()"/>)</xsl:message>
    </xsl:for-each>
    <xsl:variable name="docs" as="element(tei:TEI)*" select="tei:TEI"/>
    <xsl:variable name="lang" as="xs:string" select="($docs ! sg:doc-lang(.))[1]"/>
    <xsl:variable name="title" as="xs:string"
        select="($volume-title[. != ''], $edition-title[. != ''], sg:label('volume', $lang))[1]"/>
    <xsl:call-template name="sg:preamble">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="authors" select="distinct-values($docs ! (sg:authors(.), sg:editors(.)))"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="edition-title" select="$title"/>
      <xsl:with-param name="paper" select="$paper"/>
    </xsl:call-template>
    <xsl:call-template name="sg:volume-title-page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="lang" select="$lang"/>
    </xsl:call-template>
    <xsl:for-each select="$docs">
      <xsl:apply-templates select="." mode="sg:document">
        <xsl:with-param name="doc" select="sg:doc-id(.)" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:for-each>
    <xsl:call-template name="sg:speaker-index">
      <xsl:with-param name="docs" select="$docs"/>
      <xsl:with-param name="lang" select="$lang"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/*" priority="-1" as="empty-sequence()">
    <xsl:message terminate="yes" error-code="sg:SG501">SG501: not a TEI document: the root element is &lt;<xsl:value-of select="name()"/>&gt; in namespace "<xsl:value-of select="namespace-uri()"/>"</xsl:message>
  </xsl:template>

  <!-- A document: title page, its text (opening with its title as a heading), and, when it is
       alone, the index of speakers (a volume has one index for all its documents, at its end). -->
  <xsl:template match="tei:TEI" mode="sg:document" as="text()*">
    <xsl:apply-templates select="." mode="sg:title-page"/>
    <xsl:value-of select="'#sg-document(' || sg:string(sg:short-title(., $short-title)) || ')&#10;'"/>
    <xsl:if test="not(tei:text/tei:front//tei:docTitle)">
      <xsl:value-of select="'#heading(level: 1)[' || sg:markup(sg:title(.)) || ']&#10;'"/>
    </xsl:if>
    <xsl:apply-templates select="tei:text" mode="sg:block"/>
    <xsl:if test="not(parent::sg:volume)">
      <xsl:call-template name="sg:speaker-index">
        <xsl:with-param name="docs" select="."/>
        <xsl:with-param name="lang" select="sg:doc-lang(.)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
