<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI (stenogram's profile, or any TEI with sp/speaker/p/stage) → ParlaMint-style TEI.

  Input:  one TEI document.
  Output: a TEI document in the encoding of ParlaMint (valid against Parla-CLARIN):
          each turn (sp) becomes a u with @who and @ana (#chair or #regular), its printed label
          a note[@type='speaker'] before it, each paragraph a seg; stage directions become
          kinesic, vocal, incident or note (with a desc) by their type (table $stage-kinds);
          a speech split by one interrupting turn is linked by @next and @prev.
  Passes: one, in mode "parlamint" for the body; the header is built from the source header.
  Nothing is lost: elements the table does not know keep their text (catch-all templates).
  Parameters: $document-id, the xml:id of the output (default: the source's id or "sitting").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:pm="https://stenogram.example/ns/parlamint"
    xmlns="http://www.tei-c.org/ns/1.0"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="xs map pm">

  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>

  <xsl:param name="document-id" as="xs:string"
      select="(/TEI/@xml:id, 'sitting')[1] => replace('[^\w.\-]', '-') => replace('^([^\p{L}_])', '_$1')"/>

  <!-- Our stage types (and ParlaMint's own) → the ParlaMint element and its @type. -->
  <xsl:variable name="stage-kinds" as="map(xs:string, xs:string+)" select="map {
      'applause': ('kinesic', 'applause'),
      'laughter': ('vocal', 'laughter'),
      'noise': ('vocal', 'noise'),
      'interjection': ('vocal', 'interruption'),
      'interruption': ('vocal', 'interruption'),
      'shouting': ('vocal', 'shouting'),
      'murmuring': ('vocal', 'murmuring'),
      'speaking': ('vocal', 'speaking'),
      'greeting': ('vocal', 'greeting'),
      'signal': ('kinesic', 'signal'),
      'gesture': ('kinesic', 'gesture'),
      'action': ('incident', 'action'),
      'entering': ('incident', 'entering'),
      'leaving': ('incident', 'leaving'),
      'pause': ('incident', 'pause')
    }"/>

  <xsl:key name="person" match="person | personGrp" use="@xml:id"/>

  <!-- A turn of whoever chairs the sitting: a person the header's registry gives the role
       "chair" (the converter decides it from the label, stenogram.transcript.names.chairs). -->
  <xsl:function name="pm:is-chair" as="xs:boolean">
    <xsl:param name="sp" as="element()"/>
    <xsl:sequence select="tokenize($sp/@who) ! replace(., '^.*#', '')
        ! key('person', ., root($sp))/tokenize(@role) = 'chair'"/>
  </xsl:function>

  <!-- The id of a turn in the output. -->
  <xsl:function name="pm:u-id" as="xs:string">
    <xsl:param name="sp" as="element()"/>
    <xsl:sequence select="$document-id || '.u' || (count($sp/preceding::sp | $sp/preceding::u) + 1)"/>
  </xsl:function>

  <xsl:function name="pm:who" as="xs:string?">
    <xsl:param name="sp" as="element()?"/>
    <xsl:sequence select="normalize-space($sp/@who)[. ne '']"/>
  </xsl:function>

  <!-- A speech split by an interruption: the same speaker before and after one turn of
       another, neither of them the chair (whose turns between speeches are not one speech). -->
  <xsl:function name="pm:split" as="xs:boolean">
    <xsl:param name="first" as="element()?"/>
    <xsl:param name="between" as="element()?"/>
    <xsl:param name="resumed" as="element()?"/>
    <xsl:sequence select="exists($between) and exists(pm:who($first)) and pm:who($first) = pm:who($resumed)
        and not(pm:who($between) = pm:who($first))
        and not(pm:is-chair($first)) and not(pm:is-chair($between))"/>
  </xsl:function>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="parlamint" on-no-match="text-only-copy"/>
  <xsl:mode name="inline" on-no-match="text-only-copy"/>

  <xsl:template match="/">
    <xsl:apply-templates select="TEI"/>
  </xsl:template>

  <xsl:template match="TEI">
    <TEI xml:id="{$document-id}" xml:lang="{(@xml:lang, teiHeader//langUsage/language/@ident, 'und')[1]}"
        ana="#parla.sitting">
      <teiHeader>
        <fileDesc>
          <titleStmt>
            <xsl:for-each select="(teiHeader/fileDesc/titleStmt/title, $document-id)[1]">
              <title type="main"><xsl:value-of select="normalize-space(.)"/></title>
            </xsl:for-each>
            <meeting ana="#parla.sitting">
              <xsl:value-of select="normalize-space((teiHeader/fileDesc/titleStmt/title, $document-id)[1])"/>
            </meeting>
          </titleStmt>
          <publicationStmt>
            <xsl:copy-of select="teiHeader/fileDesc/publicationStmt/(publisher, availability)"
                copy-namespaces="no"/>
            <xsl:if test="empty(teiHeader/fileDesc/publicationStmt/publisher)">
              <p>Exported from a stenogram edition.</p>
            </xsl:if>
          </publicationStmt>
          <sourceDesc>
            <bibl>
              <title><xsl:value-of select="normalize-space((teiHeader/fileDesc/titleStmt/title, $document-id)[1])"/></title>
              <xsl:copy-of select="(teiHeader/profileDesc/settingDesc//date[@when])[1]" copy-namespaces="no"/>
            </bibl>
          </sourceDesc>
        </fileDesc>
        <profileDesc>
          <xsl:copy-of select="teiHeader/profileDesc/(langUsage, particDesc, settingDesc)" copy-namespaces="no"/>
        </profileDesc>
      </teiHeader>
      <text>
        <body>
          <div type="debateSection">
            <xsl:apply-templates select="text/body/node()" mode="parlamint"/>
          </div>
        </body>
      </text>
    </TEI>
  </xsl:template>

  <!-- Containers are walked through: a div's content goes into the one debate section. -->
  <xsl:template match="div | div1 | div2 | div3 | div4 | lg[ancestor::sp] | quote[p | l | ab]"
      mode="parlamint">
    <xsl:apply-templates mode="parlamint"/>
  </xsl:template>

  <!-- The source's printed page number between turns is the page's, not the debate's. -->
  <xsl:template match="fw" mode="parlamint turn"/>

  <xsl:template match="head" mode="parlamint">
    <head><xsl:apply-templates mode="inline"/></head>
  </xsl:template>

  <!-- Text outside any turn (a time line, a procedural remark) is a note. -->
  <xsl:template match="p | ab | l" mode="parlamint">
    <note><xsl:value-of select="normalize-space(string-join(.//text(), ''))"/></note>
  </xsl:template>

  <xsl:template match="sp | u" mode="parlamint">
    <xsl:variable name="who" as="xs:string?" select="pm:who(.)"/>
    <xsl:variable name="turns" as="element()*" select="../(sp | u)"/>
    <xsl:variable name="here" as="xs:integer" select="count(preceding-sibling::*[self::sp or self::u]) + 1"/>
    <xsl:if test="speaker">
      <note type="speaker"><xsl:value-of select="normalize-space(string-join(speaker//text(), ' '))"/></note>
    </xsl:if>
    <u xml:id="{pm:u-id(.)}" ana="{if (pm:is-chair(.)) then '#chair' else '#regular'}">
      <xsl:if test="exists($who)">
        <xsl:attribute name="who" select="$who"/>
      </xsl:if>
      <xsl:if test="pm:split($turns[$here - 2], $turns[$here - 1], .)">
        <xsl:attribute name="prev" select="'#' || pm:u-id($turns[$here - 2])"/>
      </xsl:if>
      <xsl:if test="pm:split(., $turns[$here + 1], $turns[$here + 2])">
        <xsl:attribute name="next" select="'#' || pm:u-id($turns[$here + 2])"/>
      </xsl:if>
      <xsl:apply-templates select="node() except speaker" mode="turn"/>
    </u>
  </xsl:template>

  <!-- In a turn: each paragraph or verse line a seg, stage directions between them as such,
       containers walked through, loose text in a seg of its own. -->
  <xsl:mode name="turn" on-no-match="shallow-skip"/>

  <xsl:template match="p | ab | l | seg" mode="turn">
    <seg>
      <xsl:if test="@xml:id">
        <xsl:attribute name="xml:id" select="$document-id || '.' || @xml:id"/>
      </xsl:if>
      <xsl:apply-templates mode="inline"/>
    </seg>
  </xsl:template>

  <xsl:template match="lg | quote | div | sp | floatingText | body" mode="turn">
    <xsl:apply-templates mode="turn"/>
  </xsl:template>

  <xsl:template match="*" mode="turn">
    <xsl:if test="normalize-space(.)">
      <seg><xsl:value-of select="normalize-space(string-join(.//text(), ''))"/></seg>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()[normalize-space()]" mode="turn">
    <seg><xsl:value-of select="normalize-space(.)"/></seg>
  </xsl:template>

  <xsl:template match="stage | kinesic | vocal | incident" mode="turn parlamint inline">
    <xsl:variable name="kind" as="xs:string+"
        select="($stage-kinds(string((@type, local-name())[1])), ('note', ''))[position() le 2]"/>
    <xsl:variable name="words" as="xs:string"
        select="normalize-space(string-join((desc, .)[1]//text(), ''))"/>
    <xsl:choose>
      <xsl:when test="$kind[1] eq 'note'">
        <note><xsl:value-of select="$words"/></note>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{$kind[1]}">
          <xsl:attribute name="type" select="$kind[2]"/>
          <xsl:if test="@who">
            <xsl:attribute name="who" select="@who"/>
          </xsl:if>
          <desc><xsl:value-of select="$words"/></desc>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Inline content of a segment: editorial elements kept, the rest as their text. -->
  <xsl:template match="gap" mode="inline">
    <gap>
      <xsl:copy-of select="@reason"/>
      <xsl:if test="normalize-space(.)">
        <desc><xsl:value-of select="normalize-space(.)"/></desc>
      </xsl:if>
    </gap>
  </xsl:template>

  <xsl:template match="note" mode="inline">
    <note><xsl:value-of select="normalize-space(string-join(.//text(), ''))"/></note>
  </xsl:template>

  <xsl:template match="supplied | time" mode="inline">
    <xsl:element name="{local-name()}">
      <xsl:copy-of select="@reason | @when"/>
      <xsl:value-of select="string-join(.//text(), '')"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="lb | pb | cb" mode="inline">
    <xsl:text> </xsl:text>
  </xsl:template>
</xsl:stylesheet>
