<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode sg:block: the block structure of the text - divisions and their heads, speeches, stage
  directions between speeches, paragraphs, verse, the cast list and other front matter.
  Every block starts on a new Typst paragraph, preceded by a `// tei:` comment naming the TEI
  element (its XPath), so that a Typst error can be traced back to the TEI. Inline content is
  handed to mode sg:inline (phrases.xsl). An element this module does not know becomes a
  paragraph of its text: text is never dropped.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <xsl:mode name="sg:block" on-no-match="fail"/>

  <!-- Elements of a speech that form a paragraph (or several) of their own. -->
  <xsl:variable name="sg:speech-blocks" as="xs:string*" select="('p', 'ab', 'l', 'lg', 'quote', 'list', 'table')"/>

  <!-- True for a child of a speech that is a block of its own: one of $sg:speech-blocks, or a
       stage direction holding verse or paragraphs (their numbers then print in order, before
       the paragraph that follows, as in the HTML edition). -->
  <xsl:function name="sg:is-speech-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="local-name($node) = $sg:speech-blocks
                          or exists($node/self::tei:stage[.//(tei:p | tei:l | tei:ab)])"/>
  </xsl:function>

  <!-- The XPath of $element as /name[i]/name[i]...: local names, indexes among same-named
       siblings (short enough for a comment; print_edition.py follows it back into the TEI).
       The indexes come from $sg:sibling-indexes, so a path costs its depth, not its siblings. -->
  <xsl:function name="sg:path" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="string-join($element/ancestor-or-self::*
        ! ('/' || local-name() || '[' || sg:sibling-index(.) || ']'))"/>
  </xsl:function>

  <!-- 1 + the number of preceding siblings of $element with its name: looked up in the map of
       its document, counted only for an element outside the source document. -->
  <xsl:function name="sg:sibling-index" as="xs:integer">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="($sg:sibling-indexes(generate-id($element)),
        count($element/preceding-sibling::*[node-name() eq node-name($element)]) + 1)[1]"/>
  </xsl:function>

  <!-- The sibling index of every element of the source, worked out once by grouping each
       parent's children by name (counting preceding siblings per block was quadratic in a
       division of thousands of speeches). -->
  <xsl:variable name="sg:sibling-indexes" as="map(xs:string, xs:integer)" select="map:merge(
    for $parent in (/, //*[*])
    return for $name in distinct-values($parent/*/node-name())
      return $parent/*[node-name() eq $name] ! map:entry(generate-id(.), position()))"/>

  <!-- A new Typst paragraph, with the comment that names the TEI element it comes from. -->
  <xsl:template name="sg:trace" as="text()*">
    <xsl:param name="element" as="element()" select="."/>
    <xsl:text>&#10;&#10;// tei: </xsl:text>
    <xsl:value-of select="sg:path($element)"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- The paragraph number of a block, as a marginal number; nothing for an unnumbered block. -->
  <xsl:template name="sg:paragraph-number" as="text()?">
    <xsl:param name="block" as="element()" select="."/>
    <xsl:variable name="n" as="xs:integer?" select="sg:paragraph-number($block)"/>
    <xsl:if test="exists($n)">
      <xsl:value-of select="'#sg-pno(' || $n || ')'"/>
    </xsl:if>
  </xsl:template>

  <!-- An element in a language other than its parent's: its blocks set that language. -->
  <xsl:template match="*[sg:lang-change(.)]" mode="sg:block" priority="10" as="text()*">
    <xsl:text>&#10;&#10;#[#set text(lang: </xsl:text>
    <xsl:value-of select="sg:string(sg:lang-change(.))"/>
    <xsl:text>)</xsl:text>
    <xsl:next-match/>
    <xsl:text>&#10;]</xsl:text>
  </xsl:template>

  <!-- Containers: their children in turn. -->
  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group | tei:titlePage | tei:div
                       | tei:div1 | tei:div2 | tei:div3 | tei:castGroup" mode="sg:block" as="text()*">
    <xsl:apply-templates select="*" mode="sg:block"/>
  </xsl:template>

  <!-- The heading of a division: level 2 under the document's title, one deeper per division. -->
  <xsl:template match="tei:head" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:value-of select="'#heading(level: ' || min((count(ancestor::*[starts-with(local-name(), 'div')]) + 1, 6)) || ')['"/>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- The printed title in the front matter: the document's level-1 heading, in the contents. -->
  <xsl:template match="tei:docTitle" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#heading(level: 1)[</xsl:text>
    <xsl:for-each select="(tei:titlePart[not(@type) or @type = 'main'], tei:titlePart)[1]">
      <xsl:apply-templates mode="sg:inline"/>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
    <xsl:for-each select="tei:titlePart except (tei:titlePart[not(@type) or @type = 'main'], tei:titlePart)[1]">
      <xsl:call-template name="sg:trace"/>
      <xsl:text>#align(center, emph[</xsl:text>
      <xsl:apply-templates mode="sg:inline"/>
      <xsl:text>])</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- A speech: the speaker run in at the start of its first paragraph (with any stage direction
       before that paragraph, as the stenographer wrote it). A stage direction between two
       paragraphs, or after the last, is a line of its own (sg-stage), as printed stenograms and
       the HTML edition set it; other phrases there join the paragraph after them (or, at the
       end, the last one). -->
  <xsl:template match="tei:sp" mode="sg:block" as="text()*">
    <xsl:variable name="sp" as="element(tei:sp)" select="."/>
    <xsl:call-template name="sg:trace"/>
    <xsl:for-each-group select="node()[not(self::tei:speaker)][self::* or normalize-space()]"
        group-ending-with="*[sg:is-speech-block(.)]">
      <xsl:variable name="block" as="element()?"
          select="current-group()[last()][sg:is-speech-block(.)]"/>
      <xsl:variable name="lead" as="node()*" select="current-group() except $block"/>
      <xsl:variable name="first" as="xs:boolean" select="position() = 1"/>
      <!-- stage directions set as lines of their own, and the phrases run into the paragraph -->
      <xsl:variable name="lines" as="element(tei:stage)*" select="if ($first) then () else $lead/self::tei:stage"/>
      <xsl:variable name="run-in" as="node()*" select="$lead except $lines"/>
      <xsl:choose>
        <!-- after the last paragraph: phrases end it, stage directions follow as lines -->
        <xsl:when test="empty($block) and not($first)">
          <xsl:for-each select="$run-in">
            <xsl:text> </xsl:text>
            <xsl:apply-templates select="." mode="sg:inline"/>
          </xsl:for-each>
          <xsl:apply-templates select="$lines" mode="sg:block"/>
        </xsl:when>
        <!-- a paragraph, a line or a bare speech: one Typst paragraph -->
        <xsl:when test="empty($block) or $block[self::tei:p or self::tei:ab or self::tei:l]">
          <xsl:apply-templates select="$lines" mode="sg:block"/>
          <xsl:if test="not($first)">
            <xsl:call-template name="sg:trace"><xsl:with-param name="element" select="($block, $run-in)[1]"/></xsl:call-template>
          </xsl:if>
          <xsl:if test="$block/self::tei:l"><xsl:text>#sg-line[</xsl:text></xsl:if>
          <xsl:if test="$block"><xsl:call-template name="sg:paragraph-number"><xsl:with-param name="block" select="$block"/></xsl:call-template></xsl:if>
          <xsl:if test="$first"><xsl:apply-templates select="$sp" mode="sg:speaker"/></xsl:if>
          <xsl:for-each select="$run-in">
            <xsl:apply-templates select="." mode="sg:inline"/>
            <xsl:text> </xsl:text>
          </xsl:for-each>
          <xsl:apply-templates select="$block/node()" mode="sg:inline"/>
          <xsl:if test="$block/self::tei:l"><xsl:text>]</xsl:text></xsl:if>
        </xsl:when>
        <!-- verse, a quotation, a list, a stage direction with verse: the speaker (and stage
             directions) on a line before it -->
        <xsl:otherwise>
          <xsl:apply-templates select="$lines" mode="sg:block"/>
          <xsl:if test="$first or exists($run-in)">
            <xsl:if test="not($first)"><xsl:call-template name="sg:trace"><xsl:with-param name="element" select="$run-in[1]"/></xsl:call-template></xsl:if>
            <xsl:if test="$first"><xsl:apply-templates select="$sp" mode="sg:speaker"/></xsl:if>
            <xsl:apply-templates select="$run-in" mode="sg:inline"/>
          </xsl:if>
          <xsl:apply-templates select="$block" mode="sg:block"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
    <xsl:if test="empty(node()[not(self::tei:speaker)][self::* or normalize-space()])">
      <xsl:apply-templates select="." mode="sg:speaker"/>
    </xsl:if>
  </xsl:template>

  <!-- The marks for the index of speakers (one per @who pointer) and the speaker's label. -->
  <xsl:template match="tei:sp" mode="sg:speaker" as="text()*">
    <xsl:param name="doc" as="xs:string" tunnel="yes"/>
    <xsl:for-each select="sg:pointers(@who)">
      <xsl:value-of select="'#sg-speech(' || sg:string($doc) || ', ' || sg:string(.) || ')'"/>
    </xsl:for-each>
    <xsl:for-each select="tei:speaker">
      <xsl:text>#sg-speaker[</xsl:text>
      <xsl:apply-templates mode="sg:inline"/>
      <xsl:text>]</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- A stage direction between speeches: a block in italics. -->
  <xsl:template match="tei:stage" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#sg-stage[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A paragraph (or an anonymous block) with its number. -->
  <xsl:template match="tei:p | tei:ab" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:call-template name="sg:paragraph-number"/>
    <xsl:apply-templates mode="sg:inline"/>
  </xsl:template>

  <!-- Verse: a group of lines, each a paragraph of its own with its number. -->
  <xsl:template match="tei:lg" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#sg-verse[</xsl:text>
    <xsl:apply-templates select="*" mode="sg:block"/>
    <xsl:text>&#10;]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:l" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#sg-line[</xsl:text>
    <xsl:call-template name="sg:paragraph-number"/>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A block quotation: Typst's quote, whose marks follow the language. -->
  <xsl:template match="tei:quote" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#quote(block: true)[</xsl:text>
    <xsl:apply-templates select="*" mode="sg:block"/>
    <xsl:text>&#10;]</xsl:text>
  </xsl:template>

  <!-- The cast list of a play: its head and one entry per castItem (groups flattened). -->
  <xsl:template match="tei:castList" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#sg-cast(</xsl:text>
    <xsl:choose>
      <xsl:when test="tei:head">
        <xsl:text>[</xsl:text>
        <xsl:apply-templates select="tei:head/node()" mode="sg:inline"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>none</xsl:otherwise>
    </xsl:choose>
    <xsl:text>, (</xsl:text>
    <xsl:for-each select=".//tei:castItem | .//tei:castGroup/tei:head">
      <xsl:text>&#10;  [</xsl:text>
      <xsl:apply-templates mode="sg:inline"/>
      <xsl:text>],</xsl:text>
    </xsl:for-each>
    <xsl:text>))</xsl:text>
  </xsl:template>

  <!-- The setting of a play and other descriptive front matter: italic blocks. -->
  <xsl:template match="tei:set | tei:div[@type = 'source']" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#sg-front[</xsl:text>
    <xsl:for-each select="*">
      <xsl:if test="position() > 1"><xsl:text>&#10;&#10;</xsl:text></xsl:if>
      <xsl:apply-templates select="." mode="sg:inline"/>
    </xsl:for-each>
    <xsl:text>&#10;]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:trailer" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#sg-trailer[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:dateline" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:text>#sg-dateline[</xsl:text>
    <xsl:apply-templates mode="sg:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Page and paragraph-join marks carry no text of their own; the source's printed page number
       goes with its page break: the print has pages of its own. -->
  <xsl:template match="tei:pb | tei:milestone | tei:cb | tei:lb | tei:anchor | tei:fw" mode="sg:block" as="empty-sequence()"/>

  <!-- Anything else: a paragraph of its text (and, with debug=yes, its name). -->
  <xsl:template match="*" mode="sg:block" as="text()*">
    <xsl:call-template name="sg:trace"/>
    <xsl:call-template name="sg:paragraph-number"/>
    <xsl:apply-templates select="." mode="sg:inline"/>
  </xsl:template>

</xsl:stylesheet>
