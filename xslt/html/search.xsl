<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search box of a site indexed with Pagefind (stenogram render to=html with search): the
  interface Pagefind writes into pagefind/ beside the pages, started by one line of script.
  Only with $search = 'yes'; without it, or with scripts off, the page has no search and
  works as before. The index holds a record per paragraph (stenogram/render/search.py), so a
  hit leads to the paragraph's anchor; the interface offers the filters speaker and sitting.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <!-- 'yes' when stenogram has indexed the site with Pagefind. -->
  <xsl:param name="search" as="xs:string" select="'no'"/>

  <!-- In the head: Pagefind's stylesheet and interface. -->
  <xsl:template name="sg:search-head" as="element()*">
    <xsl:if test="$search = 'yes'">
      <link rel="stylesheet" href="pagefind/pagefind-ui.css"/>
      <script src="pagefind/pagefind-ui.js"></script>
    </xsl:if>
  </xsl:template>

  <!-- The search box, started once the page has loaded. -->
  <xsl:template name="sg:search-box" as="element()*">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:if test="$search = 'yes'">
      <div id="search" class="search" role="search" data-pagefind-ignore=""
           aria-label="{sg:label('search', $lang)}"></div>
      <!-- no '<', '>' or '&amp;' in the script: the XHTML serialiser would escape them -->
      <script>window.addEventListener('DOMContentLoaded', function () { new PagefindUI({ element: '#search', showSubResults: false, showImages: false }); });</script>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
