<?xml version="1.0" encoding="UTF-8"?>
<!--
  Phrase-level TEI, mode "text": interjections (said, label), editorial interventions
  (supplied, gap, unclear, stray characters, joins), emphasis and languages, links (made only
  through sg:safe-href), page and line breaks, lists, tables, figures, and the catch-all that
  keeps the text of every element no other template knows.
  Brackets, markers and link texts made here are in elements with data-generated.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Words spoken by someone other than the turn's speaker, attributed visibly. -->
  <xsl:template match="said | q" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline or not(sg:holds-blocks(.))) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="local-name(), 'attributed'[current()/@who]"/>
      </xsl:call-template>
      <xsl:if test="@who">
        <xsl:attribute name="data-who" select="sg:pointers(@who)"/>
        <xsl:if test="not(label)">
          <xsl:call-template name="sg:attribution"/>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="$inline or not(sg:holds-blocks(.))" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- The printed label of an interjection ("VOICES."), linked to who said it. -->
  <xsl:template match="said/label | stage/label" mode="text" as="element()">
    <xsl:variable name="person" as="element()?" select="sg:person-of((../@who, ancestor::stage/@who)[1])"/>
    <xsl:choose>
      <xsl:when test="$person">
        <a class="who label" href="#person-{$person/@xml:id}" title="{sg:person-name($person)}">
          <xsl:apply-templates mode="text"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="who label"><xsl:apply-templates mode="text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text the editor supplied: in square brackets, the reason in a tooltip. -->
  <xsl:template match="supplied" mode="text" as="element()">
    <span title="{string-join((sg:label('supplied', $sg:ui-lang), @reason ! ('reason: ' || .)), '; ')}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'supplied'"/>
      </xsl:call-template>
      <span class="bracket" data-generated="">[</span>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <span class="bracket" data-generated="">]</span>
    </span>
  </xsl:template>

  <!-- An omission: its description (TEI text) or a generated ellipsis, in brackets. -->
  <xsl:template match="gap" mode="text" as="element()">
    <span title="{string-join((sg:label('gap', $sg:ui-lang), @reason, (@quantity || ' ' || @unit)[current()/@quantity],
                  @dur), '; ')}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'gap'"/>
      </xsl:call-template>
      <span class="bracket" data-generated="">[</span>
      <xsl:choose>
        <xsl:when test="normalize-space() != ''">
          <xsl:apply-templates mode="text">
            <xsl:with-param name="inline" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="text"/>
          <span data-generated="">…</span>
        </xsl:otherwise>
      </xsl:choose>
      <span class="bracket" data-generated="">]</span>
    </span>
  </xsl:template>

  <xsl:template match="gap/desc | incident/desc | kinesic/desc | vocal/desc" mode="text" as="element()">
    <span class="desc"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="unclear | sic | corr | orig | reg | abbr | expan | add | del | damage
                       | surplus | c" mode="text" as="element()">
    <span>
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="local-name(), @type ! (local-name(..) || '-' || sg:token(.))"/>
      </xsl:call-template>
      <xsl:variable name="notes" as="map(xs:string, xs:string)" select="map {
        'unclear': 'Unclear in the source', 'sic': 'Thus in the source', 'corr': 'Corrected',
        'del': 'Deleted in the source', 'add': 'Added in the source', 'surplus': 'Superfluous',
        'c': 'Character', 'c-stray-bracket': 'Stray bracket in the source'}"/>
      <xsl:attribute name="title" select="($notes(local-name() || @type ! ('-' || .)),
        $notes(local-name()), local-name())[1]"/>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <xsl:template match="choice" mode="text" as="element()">
    <span class="choice"><xsl:apply-templates mode="text">
      <xsl:with-param name="inline" select="true()" tunnel="yes"/>
    </xsl:apply-templates></span>
  </xsl:template>

  <!-- A paragraph joined across a page break: a quiet marker, no text. -->
  <xsl:template match="milestone | anchor" mode="text" as="element()">
    <span class="{local-name()} {@type ! (local-name(..) || '-' || sg:token(.))}"
      title="{if (@type = 'join') then 'Paragraph continued across a page break' else local-name()}"/>
  </xsl:template>

  <!-- The page's number as the source prints it ("[612]"): shown as a page break is. -->
  <xsl:template match="fw" mode="text" as="element()">
    <span class="pb fw"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="lb" mode="text" as="element()">
    <br/>
  </xsl:template>

  <!-- A page break: the page number in brackets, linked to the facsimile where safe; none
       where the source prints the number itself (the fw after it). -->
  <xsl:template match="pb | cb" mode="text" as="element()">
    <xsl:variable name="href" as="xs:string?" select="sg:safe-href(@facs)"/>
    <span class="{local-name()}" data-generated="">
      <xsl:if test="@n and not(following-sibling::*[1][self::fw[@type = 'pageNum']])">
        <xsl:choose>
          <xsl:when test="exists($href)"><a href="{$href}">[<xsl:value-of select="@n"/>]</a></xsl:when>
          <xsl:otherwise>[<xsl:value-of select="@n"/>]</xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="emph | hi[matches(@rend, 'italic')]" mode="text" as="element()">
    <em><xsl:call-template name="sg:attrs"/><xsl:apply-templates mode="text">
      <xsl:with-param name="inline" select="true()" tunnel="yes"/>
    </xsl:apply-templates></em>
  </xsl:template>

  <xsl:template match="hi" mode="text" as="element()">
    <span>
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'hi', tokenize(normalize-space(@rend), ' ')[. != ''] ! ('rend-' || sg:token(.))"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <!-- A link, made only if the target is safe; otherwise the text stays, unlinked. -->
  <xsl:template match="ref | ptr" mode="text" as="element()">
    <xsl:variable name="href" as="xs:string?" select="sg:safe-href(@target)"/>
    <xsl:element name="{if (exists($href)) then 'a' else 'span'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="local-name()"/>
      </xsl:call-template>
      <xsl:if test="exists($href)">
        <xsl:attribute name="href" select="$href"/>
      </xsl:if>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:if test="self::ptr and exists($href)">
        <span data-generated=""><xsl:value-of select="$href"/></span>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- An image is never loaded (no network, no external resource): a link to it instead. -->
  <xsl:template match="graphic | media" mode="text" as="element()">
    <xsl:variable name="href" as="xs:string?" select="sg:safe-href(@url)"/>
    <span class="graphic">
      <span class="graphic-link" data-generated="">
        <xsl:choose>
          <xsl:when test="exists($href)"><a href="{$href}">[image]</a></xsl:when>
          <xsl:otherwise>[image]</xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <xsl:template match="figure" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'figure'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'figure'"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="list" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else if (@type = 'ordered' or @rend = 'numbered') then 'ol' else 'ul'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'list', @type ! ('list-' || sg:token(.))"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- Items of a list; what a list holds besides items (head, label) goes into an item too,
       so that a <ul> holds only <li>. -->
  <xsl:template match="list/*" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'li'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="local-name()"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="table" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'table'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'table'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$inline"><xsl:apply-templates mode="text"/></xsl:when>
        <xsl:otherwise>
          <xsl:if test="head"><caption><xsl:apply-templates select="head/node()" mode="text">
            <xsl:with-param name="inline" select="true()" tunnel="yes"/></xsl:apply-templates></caption></xsl:if>
          <tbody><xsl:apply-templates select="node() except head" mode="text"/></tbody>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template match="table/row" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'tr'}">
      <xsl:attribute name="class" select="'row'"/>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="table/row/cell" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'td'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'cell'"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- The catch-all: an element no template knows keeps its text and its children's. -->
  <xsl:template match="*" mode="text" priority="-10" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'tei-' || local-name()"/>
      </xsl:call-template>
      <xsl:if test="$debug = 'yes'">
        <xsl:attribute name="data-tei" select="name()"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="text"/>
</xsl:stylesheet>
