<?xml version="1.0" encoding="UTF-8"?>
<!--
  The persons section, mode "persons": every person and group of the header (particDesc),
  then every speaker the header lacks, each with role, life dates, authority link, the number
  of turns and of words spoken, links to each turn, and links to the paragraphs where they
  interject. Words: the text of a turn less its speaker label, stage directions and notes,
  split at whitespace.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="persons" on-no-match="shallow-skip"/>

  <!-- In a corpus site: the href prefix of each person's page across sittings ('' otherwise). -->
  <xsl:param name="person-pages" as="xs:string" select="''"/>

  <!-- Turns by every id their @who names; turns with no @who by their speaker's label. -->
  <xsl:key name="sg:turns" match="sp[@who] | u[@who]" use="sg:pointers(@who)"/>
  <xsl:key name="sg:unattributed" match="sp[not(@who)]" use="normalize-space(speaker)"/>
  <!-- Interjections: said and stage with @who (outside a turn of the same person). -->
  <xsl:key name="sg:interjections" match="body//said[@who][not(ancestor::stage[@who])] | body//stage[@who]" use="sg:pointers(@who)"/>

  <!-- Authority files: URL templates for idno/@type values. -->
  <xsl:variable name="sg:authorities" as="map(xs:string, xs:string)" select="map {
    'wikidata': 'https://www.wikidata.org/wiki/', 'viaf': 'https://viaf.org/viaf/',
    'gnd': 'https://d-nb.info/gnd/', 'orcid': 'https://orcid.org/', 'isni': 'https://isni.org/isni/'}"/>

  <xsl:template name="persons" as="element()?">
    <xsl:variable name="people" as="element()*"
      select="//teiHeader/profileDesc/particDesc//(person | personGrp)[@xml:id]"/>
    <xsl:variable name="known" as="xs:string*" select="$people/@xml:id ! string(.)"/>
    <xsl:variable name="unknown" as="xs:string*"
      select="distinct-values(//(sp | u)/sg:pointers(@who))[not(. = $known)]"/>
    <xsl:variable name="labels" as="xs:string*"
      select="distinct-values(//sp[not(@who)]/normalize-space(speaker))"/>
    <xsl:variable name="root" as="document-node()" select="/"/>
    <xsl:if test="exists(($people, $unknown, $labels))">
      <section class="persons" id="persons" aria-labelledby="persons-heading">
        <h2 id="persons-heading"><xsl:value-of select="sg:label('persons', $sg:ui-lang)"/></h2>
        <ul class="person-list">
          <xsl:apply-templates select="$people" mode="persons"/>
          <xsl:for-each select="$unknown">
            <xsl:message>SG101: turns name #<xsl:value-of select="."/> in @who, but the header has no person with that id; their speakers are not linked</xsl:message>
            <xsl:call-template name="sg:person-entry">
              <xsl:with-param name="name" select="."/>
              <xsl:with-param name="turns" select="key('sg:turns', ., $root)"/>
              <xsl:with-param name="details" select="sg:label('not-described', $sg:ui-lang)"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:for-each select="$labels">
            <xsl:call-template name="sg:person-entry">
              <xsl:with-param name="name" select="if (. = '') then '(no speaker label)' else ."/>
              <xsl:with-param name="turns" select="key('sg:unattributed', ., $root)"/>
              <xsl:with-param name="details" select="sg:label('no-who', $sg:ui-lang)"/>
            </xsl:call-template>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="person | personGrp" mode="persons" as="element()">
    <xsl:variable name="id" as="xs:string" select="@xml:id"/>
    <xsl:call-template name="sg:person-entry">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="name" select="sg:person-name(.)"/>
      <xsl:with-param name="labels" select="distinct-values(persName[@type = 'label'] ! normalize-space(.))"/>
      <xsl:with-param name="details" select="string-join((
        @role ! string(.), self::personGrp ! sg:label('group', $sg:ui-lang),
        (string(birth/@when) || '–' || string(death/@when))[current()/(birth | death)],
        (affiliation, occupation, roleName, state) ! normalize-space(.)), ', ')[. != '']"/>
      <xsl:with-param name="authorities" as="element()*">
        <xsl:for-each select="idno, @ref, @sameAs">
          <xsl:variable name="type" as="xs:string" select="string(@type)"/>
          <xsl:variable name="href" as="xs:string?" select="sg:safe-href(
            if (map:contains($sg:authorities, $type)) then $sg:authorities($type) || normalize-space(.)
            else string(.))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
          <xsl:if test="exists($href) and matches($href, '^https?:')">
            <a class="authority" href="{$href}" rel="external">
              <xsl:value-of select="if ($type != '') then $type || ' ' || normalize-space(.) else $href"/>
            </a>
          </xsl:if>
        </xsl:for-each>
      </xsl:with-param>
      <xsl:with-param name="notes" select="note ! normalize-space(.)"/>
      <xsl:with-param name="turns" select="key('sg:turns', $id)"/>
      <xsl:with-param name="interjections" select="key('sg:interjections', $id)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="sg:person-entry" as="element()">
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="labels" as="xs:string*" select="()"/>
    <xsl:param name="details" as="xs:string?" select="()"/>
    <xsl:param name="authorities" as="element()*" select="()"/>
    <xsl:param name="notes" as="xs:string*" select="()"/>
    <xsl:param name="turns" as="element()*"/>
    <xsl:param name="interjections" as="element()*" select="()"/>
    <xsl:variable name="words" as="xs:integer" select="sum($turns ! sg:word-count(.))"/>
    <li class="person">
      <xsl:if test="exists($id)"><xsl:attribute name="id" select="'person-' || $id"/></xsl:if>
      <h3 class="person-name">
        <xsl:choose>
          <xsl:when test="$person-pages != '' and exists($id)">
            <a href="{$person-pages}{$id}.html"><xsl:value-of select="$name"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$labels[. != $name]">
          <xsl:text> </xsl:text><span class="person-label"><xsl:value-of select="."/></span>
        </xsl:for-each>
      </h3>
      <xsl:if test="exists($details) or exists($authorities)">
        <p class="person-details">
          <xsl:value-of select="$details"/>
          <xsl:for-each select="$authorities">
            <xsl:if test="exists($details) or position() > 1"><xsl:text> · </xsl:text></xsl:if>
            <xsl:sequence select="."/>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:for-each select="$notes">
        <p class="person-note"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <p class="person-counts">
        <xsl:value-of select="sg:label('turns', $sg:ui-lang) || ': '"/>
        <span class="turn-count"><xsl:value-of select="count($turns)"/></span>
        <xsl:value-of select="' · ' || sg:label('words', $sg:ui-lang) || ': '"/>
        <span class="word-count"><xsl:value-of select="$words"/></span>
        <xsl:if test="exists($interjections)">
          <xsl:value-of select="' · ' || sg:label('interjections', $sg:ui-lang) || ': '"/>
          <span class="interjection-count"><xsl:value-of select="count($interjections)"/></span>
        </xsl:if>
      </p>
      <xsl:call-template name="sg:speaker-chart">
        <xsl:with-param name="words" select="$words"/>
        <xsl:with-param name="turns" select="count($turns)"/>
        <xsl:with-param name="interjections" select="count($interjections)"/>
      </xsl:call-template>
      <xsl:if test="exists($turns)">
        <details class="turns">
          <summary><xsl:value-of select="sg:label('turns', $sg:ui-lang)"/></summary>
          <ol class="turn-links">
            <xsl:for-each select="$turns">
              <xsl:variable name="first" as="xs:integer?"
                select="(descendant::*[self::p or self::l or self::ab])[1] ! sg:paragraph-number(.)"/>
              <li><a href="#{sg:turn-anchor(.)}">
                <xsl:value-of select="if (exists($first)) then '§ ' || $first else position()"/>
              </a></li>
            </xsl:for-each>
          </ol>
        </details>
      </xsl:if>
      <xsl:if test="exists($interjections)">
        <details class="interjections">
          <summary><xsl:value-of select="sg:label('interjections', $sg:ui-lang)"/></summary>
          <ol class="turn-links">
            <xsl:for-each select="$interjections">
              <xsl:variable name="block" as="element()?"
                select="ancestor::*[self::p or self::l or self::ab][exists(sg:paragraph-number(.))][1]"/>
              <xsl:variable name="turn" as="element()?" select="ancestor::*[self::sp or self::u][1]"/>
              <li>
                <xsl:choose>
                  <xsl:when test="$block"><a href="#{sg:paragraph-anchor($block)}">§ <xsl:value-of
                    select="sg:paragraph-number($block)"/></a></xsl:when>
                  <xsl:when test="$turn"><a href="#{sg:turn-anchor($turn)}"><xsl:value-of select="position()"/></a></xsl:when>
                  <xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </ol>
        </details>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Words spoken in a turn: its text less speaker label, stage directions and notes (none in
       a turn that is itself inside one). One set difference per turn rather than a walk up
       the ancestors of every text node. -->
  <xsl:function name="sg:word-count" as="xs:integer">
    <xsl:param name="turn" as="element()"/>
    <xsl:sequence select="if ($turn/ancestor::*[self::speaker or self::stage or self::note
      or self::incident or self::kinesic]) then 0
      else count(tokenize(string-join($turn//text()
        except $turn//(speaker | stage | note | incident | kinesic)//text(), '')))"/>
  </xsl:function>
</xsl:stylesheet>
