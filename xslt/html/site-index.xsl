<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index page of a small static site: one row per document (title linked to its page,
  date, speakers, turns), in the order the documents were given.

  Input: none that matters (a placeholder element); the documents come as parameters:
  $documents (the TEI documents) and $pages (the href of each one's page, same order).
  Output: an HTML5 page in the same style as the document pages ($css).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="html-common.xsl"/>
  <xsl:include href="../common/links.xsl"/>
  <xsl:include href="../common/pointers.xsl"/>
  <xsl:include href="../common/i18n.xsl"/>
  <xsl:include href="search.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" omit-xml-declaration="yes" indent="no"
    encoding="UTF-8"/>

  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="pages" as="xs:string*" select="()"/>
  <xsl:param name="css" as="xs:string" select="'edition.css'"/>
  <!-- In a corpus site: the href of the index of persons ('' otherwise). -->
  <xsl:param name="persons-href" as="xs:string" select="''"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:template match="/" as="element()">
    <xsl:if test="count($documents) != count($pages)">
      <xsl:message terminate="yes">SG002: <xsl:value-of select="count($documents)"/> documents but
        <xsl:value-of select="count($pages)"/> pages</xsl:message>
    </xsl:if>
    <!-- the documents' language when they share one, else English -->
    <xsl:variable name="langs" as="xs:string*" select="distinct-values($documents/*/@xml:lang ! sg:lang-tag(.))"/>
    <xsl:variable name="lang" as="xs:string" select="if (count($langs) = 1) then $langs else 'en'"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="stenogram"/>
        <title><xsl:value-of select="sg:label('documents', $lang)"/></title>
        <link rel="stylesheet" href="{$css}"/>
        <xsl:call-template name="sg:search-head"/>
      </head>
      <body>
        <main id="main" class="site-index">
          <h1><xsl:value-of select="sg:label('documents', $lang)"/></h1>
          <xsl:if test="$persons-href != ''">
            <p class="site-links"><a href="{$persons-href}"><xsl:value-of select="sg:label('persons', $lang)"/></a></p>
          </xsl:if>
          <xsl:call-template name="sg:search-box">
            <xsl:with-param name="lang" select="$lang"/>
          </xsl:call-template>
          <table class="documents">
            <thead>
              <tr>
                <xsl:for-each select="'document', 'date', 'speakers', 'turns'">
                  <th scope="col"><xsl:value-of select="sg:label(., $lang)"/></th>
                </xsl:for-each>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$documents">
                <xsl:variable name="i" as="xs:integer" select="position()"/>
                <xsl:apply-templates select="." mode="row">
                  <xsl:with-param name="href" select="sg:safe-href($pages[$i])"/>
                </xsl:apply-templates>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:mode name="row" on-no-match="shallow-skip"/>

  <xsl:template match="/" mode="row" as="element()">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:variable name="header" as="element(teiHeader)?" select="*/teiHeader"/>
    <xsl:variable name="date" as="element(date)?"
      select="($header/profileDesc/settingDesc//date, $header/fileDesc/sourceDesc//date)[1]"/>
    <xsl:variable name="turns" as="element()*" select="//(sp | u)"/>
    <xsl:variable name="ids" as="xs:string*" select="distinct-values($turns/sg:pointers(@who))"/>
    <xsl:variable name="speakers" as="xs:string*" select="(
      for $id in $ids return (key('sg:person', $id) ! sg:person-name(.), $id)[1],
      distinct-values(//sp[not(@who)]/normalize-space(speaker)))"/>
    <tr>
      <th scope="row"><a href="{$href}"><xsl:value-of select="sg:title($header)"/></a></th>
      <td><xsl:value-of select="(normalize-space($date)[. != ''], string($date/@when))[1]"/></td>
      <td class="speakers"><xsl:value-of select="string-join($speakers, ', ')"/></td>
      <td class="number"><xsl:value-of select="count($turns)"/></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
