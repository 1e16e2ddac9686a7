<?xml version="1.0" encoding="UTF-8"?>
<!--
  The structure of the text, mode "text": divisions and their headings, turns (sp, u) with
  their speakers, paragraph-level blocks with margin numbers, stage directions by type.

  The tunnel parameter $inline is true inside phrasing content (a paragraph, a heading, a
  speaker, a stage direction): there every block renders as a <span> with the same class,
  so the HTML stays valid whatever the TEI nests, and no element is ever left out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="text" on-no-match="text-only-copy"/>

  <!-- The anchor of a division's heading: "sec-N", N counting headed divisions. -->
  <xsl:function name="sg:section-anchor" as="xs:string">
    <xsl:param name="head" as="element(head)"/>
    <xsl:sequence select="'sec-' || $head/accumulator-before('sg:section-count')"/>
  </xsl:function>

  <xsl:accumulator name="sg:section-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule phase="start" match="div/head[1]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Elements whose presence inside a paragraph makes it a <div> rather than a <p>. -->
  <xsl:function name="sg:holds-blocks" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/descendant::*[self::list or self::table or self::lg
      or self::p or self::l or self::ab or self::sp or self::div or self::figure or self::castList
      or self::listBibl or self::listPerson or self::u][not(ancestor::note)])"/>
  </xsl:function>

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | group | text" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'section'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'div', @type ! ('div-' || sg:token(.))"/>
      </xsl:call-template>
      <xsl:if test="not($inline) and head">
        <xsl:attribute name="aria-labelledby" select="sg:section-anchor(head[1])"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- A division's heading: h2 for a division of the body, one level deeper per nesting. -->
  <xsl:template match="div/head[1]" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="level" as="xs:integer" select="min((6, count(ancestor::div) + 1))"/>
    <xsl:element name="{if ($inline) then 'span' else 'h' || $level}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'head'"/>
      </xsl:call-template>
      <xsl:attribute name="id" select="sg:section-anchor(.)"/>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- Other headings and heading-like lines (of lists, line groups, front matter). -->
  <xsl:template match="head | docTitle | titlePart | byline | docAuthor | docDate | dateline
                       | salute | signed | trailer | set | opener | closer" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="local-name(), @type ! (local-name(..) || '-' || sg:token(.))"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="$inline or not(sg:holds-blocks(.))" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- A turn: the speaker heads it; its id is the anchor the persons section links to. -->
  <xsl:template match="sp" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'sp'"/>
      </xsl:call-template>
      <xsl:attribute name="id" select="sg:turn-anchor(.)"/>
      <xsl:if test="@who">
        <xsl:attribute name="data-who" select="sg:pointers(@who)"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- The speaker's label, verbatim, linked to the person entry where the header has one. -->
  <xsl:template match="speaker" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="person" as="element()?" select="sg:person-of(parent::sp/@who)"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'speaker'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$person">
          <a class="who" href="#person-{$person/@xml:id}" title="{sg:person-name($person)}">
            <xsl:apply-templates mode="text">
              <xsl:with-param name="inline" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </a>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="text">
            <xsl:with-param name="inline" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- An utterance of spoken TEI (Parla-CLARIN, testspoken): a turn with no printed speaker,
       so the attribution is generated. -->
  <xsl:template match="u" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'sp', 'u'"/>
      </xsl:call-template>
      <xsl:attribute name="id" select="sg:turn-anchor(.)"/>
      <xsl:call-template name="sg:attribution">
        <xsl:with-param name="class" select="'speaker'"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="$inline or not(sg:holds-blocks(.))" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- A paragraph-level block: numbered in the margin, anchored for citation. -->
  <xsl:template match="p | ab | l" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="blocks" as="xs:boolean" select="not($inline) and sg:holds-blocks(.)"/>
    <xsl:variable name="n" as="xs:integer?" select="sg:paragraph-number(.)"/>
    <xsl:element name="{if ($inline) then 'span' else if ($blocks or not(self::p)) then 'div' else 'p'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="local-name(), 'numbered'[exists($n)]"/>
      </xsl:call-template>
      <xsl:if test="exists($n)">
        <xsl:attribute name="id" select="sg:paragraph-anchor(.)"/>
        <a class="pn" href="#{sg:paragraph-anchor(.)}" title="{sg:label('paragraph', $sg:ui-lang)} {$n}" data-generated="">
          <xsl:value-of select="$n"/>
        </a>
      </xsl:if>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="not($blocks)" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:if test="exists($n) and ancestor::TEI">
        <!-- shown when the paragraph is the target (its number was followed), to copy -->
        <span class="cite-p" data-generated="" data-pagefind-ignore="">
          <xsl:value-of select="sg:cite-line(ancestor::TEI[1], $n, sg:paragraph-anchor(.))"/>
        </span>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="lg | castList | castGroup | castItem | quote[not(ancestor::p | ancestor::l | ancestor::ab)]"
    mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="local-name(), @type ! (local-name(..) || '-' || sg:token(.))"/>
      </xsl:call-template>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <!-- A stage direction, set apart between turns or inline in a paragraph, styled by type;
       one that names who speaks (@who, an interjection) shows who it is. -->
  <xsl:template match="stage | incident | kinesic | vocal | pause | writing" mode="text" as="element()">
    <xsl:param name="inline" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="types" as="xs:string*"
      select="tokenize(normalize-space(@type), ' ')[. != ''] ! sg:token(.)"/>
    <xsl:element name="{if ($inline) then 'span' else 'div'}">
      <xsl:call-template name="sg:attrs">
        <xsl:with-param name="class" select="'stage', local-name()[. != 'stage'],
          $types ! ('stage-' || .), 'attributed'[current()/@who]"/>
      </xsl:call-template>
      <xsl:attribute name="title" select="string-join((sg:label('stage', $sg:ui-lang), $types), ': ')"/>
      <xsl:if test="@who">
        <xsl:attribute name="data-who" select="sg:pointers(@who)"/>
        <xsl:if test="not(.//label)">
          <xsl:call-template name="sg:attribution"/>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates mode="text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- A generated attribution "Name:" for a turn or interjection without a printed label. -->
  <xsl:template name="sg:attribution" as="element()?">
    <xsl:param name="class" as="xs:string" select="'who'"/>
    <xsl:variable name="person" as="element()?" select="sg:person-of(@who)"/>
    <xsl:variable name="names" as="xs:string*"
      select="if ($person) then sg:person-name($person) else sg:pointers(@who)"/>
    <xsl:if test="exists($names)">
      <span class="{$class} generated" data-generated="">
        <xsl:choose>
          <xsl:when test="$person">
            <a class="who" href="#person-{$person/@xml:id}"><xsl:value-of select="$names"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$names"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>: </xsl:text>
      </span>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
