<?xml version="1.0" encoding="UTF-8"?>
<!--
  Finding one's way in a long transcript, with no script: the contents (the headed divisions,
  or, where the text has none, a table of its turns: speaker and paragraphs), a filter by
  speaker (links that target an anchor; a rule per speaker in the page's <style> hides the
  other turns while its anchor is the :target; "all speakers" clears it), links to download
  the TEI and the PDF beside the page, and "back to top".
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The hrefs of the document's TEI and PDF beside the page ('' for none), set by stenogram
       (or by the user: the parameter pdf-href). -->
  <xsl:param name="tei-href" as="xs:string" select="''"/>
  <xsl:param name="pdf-href" as="xs:string" select="''"/>

  <!-- The speakers a filter offers: every id the turns of the page point to, in order of
       their first turn, with the name the persons section gives them. -->
  <xsl:function name="sg:filter-speakers" as="map(xs:string, xs:string)*" cache="yes">
    <xsl:param name="root" as="document-node()"/>
    <xsl:for-each select="distinct-values($root//text//(sp | u)/@who ! sg:pointers(.))[matches(., '^[\w.\-]+$')]">
      <xsl:variable name="person" as="element()?" select="key('sg:person', ., $root)[1]"/>
      <xsl:sequence select="map {'id': ., 'name': if ($person) then sg:person-name($person) else .}"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The rules of the filter: while "#only-ID" is the target, turns of others are hidden. -->
  <xsl:template name="sg:filter-style" as="element()?">
    <xsl:variable name="speakers" as="map(xs:string, xs:string)*" select="sg:filter-speakers(/)"/>
    <xsl:if test="count($speakers) gt 1">
      <style>
        <xsl:for-each select="$speakers">
          <xsl:value-of select="'body:has([id=&quot;only-' || ?id || '&quot;]:target) .text .sp:not([data-who~=&quot;'
                                || ?id || '&quot;]) { display: none; }&#10;'"/>
        </xsl:for-each>
      </style>
    </xsl:if>
  </xsl:template>

  <!-- The filter by speaker, above the text. -->
  <xsl:template name="sg:speaker-filter" as="element()?">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="speakers" as="map(xs:string, xs:string)*" select="sg:filter-speakers(root(.))"/>
    <xsl:if test="count($speakers) gt 1">
      <nav class="speaker-filter" aria-label="{sg:label('speakers', $sg:ui-lang)}">
        <span class="filter-label"><xsl:value-of select="sg:label('filter', $sg:ui-lang)"/>: </span>
        <a class="filter-all" href="#text-{$n}"><xsl:value-of select="sg:label('all-speakers', $sg:ui-lang)"/></a>
        <xsl:for-each select="$speakers">
          <xsl:text> </xsl:text>
          <a class="filter-speaker" id="only-{?id}" href="#only-{?id}"><xsl:value-of select="?name"/></a>
        </xsl:for-each>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- Download links for the TEI and the PDF of the page, where stenogram knows them. -->
  <xsl:template name="sg:downloads" as="element()?">
    <xsl:variable name="links" as="map(xs:string, xs:string)*"
      select="(map {'href': $tei-href, 'label': 'TEI', 'type': 'application/tei+xml'},
               map {'href': $pdf-href, 'label': 'PDF', 'type': 'application/pdf'})[sg:safe-href(?href)]"/>
    <xsl:if test="exists($links)">
      <p class="downloads">
        <xsl:value-of select="sg:label('download', $sg:ui-lang)"/>
        <xsl:text>: </xsl:text>
        <xsl:for-each select="$links">
          <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
          <a href="{sg:safe-href(?href)}" type="{?type}" download=""><xsl:value-of select="?label"/></a>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- Contents: the headed divisions of the body, two levels deep; a text without headings
       gets a table of its turns (speaker, first and last paragraph). Then the persons. -->
  <xsl:template name="sg:contents" as="element()?">
    <xsl:variable name="divs" as="element(div)*" select="text/body/div[head] | text/body/div/div[head]"/>
    <xsl:variable name="turns" as="element()*" select="text/body//(sp | u)[not(ancestor::sp | ancestor::u)]"/>
    <xsl:if test="exists($divs) or count($turns) gt 1">
      <nav class="contents" aria-label="{sg:label('contents', $sg:ui-lang)}">
        <details>
          <summary><xsl:value-of select="sg:label('contents', $sg:ui-lang)"/></summary>
          <ol>
            <xsl:choose>
              <xsl:when test="exists($divs)">
                <xsl:for-each select="text/body/div[head]">
                  <li>
                    <a href="#{sg:section-anchor(head[1])}"><xsl:value-of select="normalize-space(head[1])"/></a>
                    <xsl:if test="div[head]">
                      <ol>
                        <xsl:for-each select="div[head]">
                          <li><a href="#{sg:section-anchor(head[1])}"><xsl:value-of select="normalize-space(head[1])"/></a></li>
                        </xsl:for-each>
                      </ol>
                    </xsl:if>
                  </li>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="$turns">
                  <xsl:variable name="numbers" as="xs:integer*"
                    select="descendant::*[self::p or self::ab or self::l] ! sg:paragraph-number(.)"/>
                  <xsl:variable name="person" as="element()?" select="sg:person-of(@who)"/>
                  <li class="turn-entry">
                    <a href="#{sg:turn-anchor(.)}"><xsl:value-of select="(
                      normalize-space(speaker)[. != ''], $person ! sg:person-name(.), sg:pointers(@who), '…')[1]"/></a>
                    <xsl:if test="exists($numbers)">
                      <xsl:value-of select="' § ' || string-join(distinct-values((min($numbers), max($numbers))) ! string(), '–')"/>
                    </xsl:if>
                  </li>
                </xsl:for-each>
              </xsl:otherwise>
            </xsl:choose>
            <li><a href="#persons"><xsl:value-of select="sg:label('persons', $sg:ui-lang)"/></a></li>
          </ol>
        </details>
      </nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
