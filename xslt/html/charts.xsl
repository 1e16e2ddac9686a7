<?xml version="1.0" encoding="UTF-8"?>
<!--
  Small charts as inline SVG (no script): the figures of a speaker beside the document's.

  sg:speaker-chart: three bars for one person of the page, each the person's part of the
  document's whole: words spoken, turns, interjections made. Numbers are those of the persons
  section (sg:word-count of persons.xsl), so the chart and the text never disagree; the same
  figures are what `stenogram stats` reports. Called from the person entry of persons.xsl.
  Everything here is generated (data-generated), none of it text of the TEI body.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns:svg="http://www.w3.org/2000/svg"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The document's totals, computed once per page. -->
  <xsl:variable name="sg:all-turns" as="element()*" select="/descendant::*[self::sp or self::u]"/>
  <xsl:variable name="sg:all-words" as="xs:integer" select="sum($sg:all-turns ! sg:word-count(.))"/>
  <xsl:variable name="sg:all-interjections" as="xs:integer"
    select="count(/descendant::body//(said[@who][not(ancestor::stage[@who])] | stage[@who]))"/>

  <!-- Bar width in SVG user units for a share of 100%. -->
  <xsl:variable name="sg:bar-width" as="xs:integer" select="160"/>

  <xsl:template name="sg:speaker-chart" as="element()?">
    <xsl:param name="words" as="xs:integer"/>
    <xsl:param name="turns" as="xs:integer"/>
    <xsl:param name="interjections" as="xs:integer"/>
    <xsl:variable name="bars" as="map(xs:string, xs:anyAtomicType)*" select="(
      map {'label': 'words', 'part': $words, 'whole': $sg:all-words},
      map {'label': 'turns', 'part': $turns, 'whole': count($sg:all-turns)},
      map {'label': 'interjections', 'part': $interjections, 'whole': $sg:all-interjections})
      [?whole gt 0]"/>
    <xsl:if test="exists($bars)">
      <figure class="speaker-chart" data-generated="chart">
        <svg:svg viewBox="0 0 {$sg:bar-width + 150} {count($bars) * 16}" width="{$sg:bar-width + 150}"
            height="{count($bars) * 16}" role="img">
          <svg:title>
            <xsl:value-of select="string-join($bars ! (?label || ': ' || ?part || ' of ' || ?whole), '; ')"/>
          </svg:title>
          <xsl:for-each select="$bars">
            <xsl:variable name="y" as="xs:integer" select="(position() - 1) * 16"/>
            <xsl:variable name="share" as="xs:double" select="?part div ?whole"/>
            <svg:rect class="chart-whole" x="0" y="{$y + 3}" width="{$sg:bar-width}" height="10"/>
            <svg:rect class="chart-part chart-{?label}" x="0" y="{$y + 3}" height="10"
              width="{format-number($share * $sg:bar-width, '0.#')}"/>
            <svg:text x="{$sg:bar-width + 6}" y="{$y + 12}">
              <xsl:value-of select="format-number($share, '0%') || ' of ' || ?label"/>
            </svg:text>
          </xsl:for-each>
        </svg:svg>
      </figure>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
