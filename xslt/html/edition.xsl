<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML reading edition: one TEI document (TEI or teiCorpus) in, one HTML5 page out.

  Input: any TEI P5 document; the stenogram profile (schemas/PROFILE.md) gets the full page,
  other TEI (DraCor plays, TEI Consortium tests, Parla-CLARIN) renders with whatever it has.
  Output: an XHTML-syntax HTML5 page (parses as HTML and as XML) linking one static stylesheet
  ($css) and, for the filter by speaker, a <style> of its own; no script, no network resource.
  One pass, in modes:
    #unnamed   the page frame (this module)
    document   one TEI document as an article: header, citation, editor's note (front.xsl)
    text       the text itself: speech.xsl (structure), phrases.xsl (inline), notes.xsl;
               an unknown element keeps its text (catch-all in phrases.xsl)
    persons    the persons section (persons.xsl)
  Generated text (paragraph numbers, brackets, note marks, attributions) is always inside an
  element with the attribute data-generated: removing those elements from the rendered body
  leaves exactly the text of the TEI body (the no-loss rule the tests check).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="../common/numbering.xsl"/>
  <xsl:include href="../common/links.xsl"/>
  <xsl:include href="../common/pointers.xsl"/>
  <xsl:include href="../common/i18n.xsl"/>
  <xsl:include href="html-common.xsl"/>
  <xsl:include href="front.xsl"/>
  <xsl:include href="speech.xsl"/>
  <xsl:include href="phrases.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="persons.xsl"/>
  <xsl:include href="charts.xsl"/>
  <xsl:include href="cite.xsl"/>
  <xsl:include href="navigation.xsl"/>
  <xsl:include href="search.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" omit-xml-declaration="yes" indent="no"
    encoding="UTF-8"/>

  <!-- The href of the stylesheet the page links (copied next to the page by stenogram). -->
  <xsl:param name="css" as="xs:string" select="'edition.css'"/>
  <!-- The href of the site's index page, when the page is part of a site; '' otherwise. -->
  <xsl:param name="index-href" as="xs:string" select="''"/>

  <xsl:mode use-accumulators="#all" on-no-match="shallow-skip"/>

  <xsl:template match="/" as="element()">
    <xsl:if test="not(TEI or teiCorpus)">
      <xsl:message terminate="yes">SG001: not a TEI document: the root element is
        <xsl:value-of select="node-name(*)"/></xsl:message>
    </xsl:if>
    <xsl:variable name="header" as="element(teiHeader)?" select="*/teiHeader"/>
    <xsl:variable name="lang" as="xs:string" select="sg:lang-tag(string((*/@xml:lang, 'en')[1]))"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="stenogram"/>
        <title><xsl:value-of select="sg:title($header)"/></title>
        <link rel="stylesheet" href="{$css}"/>
        <xsl:call-template name="sg:filter-style"/>
        <xsl:call-template name="sg:search-head"/>
      </head>
      <body id="top">
        <a class="skip-link" href="#text-1"><xsl:value-of select="sg:label('skip', $sg:ui-lang)"/></a>
        <xsl:if test="$index-href != ''">
          <header class="site-header">
            <nav aria-label="Site">
              <a href="{$index-href}"><xsl:value-of select="sg:label('all-documents', $sg:ui-lang)"/></a>
            </nav>
            <xsl:call-template name="sg:search-box">
              <xsl:with-param name="lang" select="$sg:ui-lang"/>
            </xsl:call-template>
          </header>
        </xsl:if>
        <main id="main">
          <xsl:apply-templates select="TEI | teiCorpus/TEI | teiCorpus/teiCorpus/TEI" mode="document"/>
          <xsl:call-template name="persons"/>
        </main>
        <a class="to-top" href="#top"><xsl:value-of select="'↑ ' || sg:label('top', $sg:ui-lang)"/></a>
        <footer class="site-footer">
          <p><xsl:value-of select="sg:label('footer', $sg:ui-lang)"/></p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
