<?xml version="1.0" encoding="UTF-8"?>
<!--
  One TEI document as an <article>: its header (title, date), the citation block (sources,
  archive reference, edition, how to cite: cite.xsl), the editor's note (editorialDecl, with
  the lines removed as page furniture), downloads and contents (navigation.xsl), the filter by
  speaker, then front, body and back in mode "text".
  The body goes into <section data-tei="body">: the element the no-loss test compares.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="document" on-no-match="shallow-skip"/>

  <!-- The words (i18n.xml keys) for sourceDesc/bibl/@type (stenogram's and DraCor's values). -->
  <xsl:variable name="sg:bibl-labels" as="map(xs:string, xs:string)" select="map {
    'published': 'published', 'originalSource': 'original-source',
    'digitalSource': 'digital-source', 'print': 'print'}"/>

  <xsl:template match="TEI" mode="document" as="element()">
    <xsl:variable name="n" as="xs:integer"
      select="count(preceding::TEI) + count(ancestor::TEI) + 1"/>
    <xsl:variable name="header" as="element(teiHeader)?" select="teiHeader"/>
    <article class="document" aria-labelledby="title-{$n}">
      <xsl:call-template name="sg:attrs"/>
      <header class="doc-header">
        <h1 id="title-{$n}"><xsl:value-of select="sg:title($header)"/></h1>
        <xsl:for-each select="$header/fileDesc/titleStmt/title[@type = 'sub']">
          <p class="subtitle"><xsl:value-of select="normalize-space()"/></p>
        </xsl:for-each>
        <xsl:for-each select="$header/fileDesc/titleStmt/author">
          <p class="author"><xsl:value-of select="normalize-space((persName, .)[1])"/></p>
        </xsl:for-each>
        <xsl:call-template name="sg:date-line"/>
        <xsl:call-template name="sg:citation">
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
        <xsl:apply-templates select="$header/encodingDesc[editorialDecl | projectDesc]" mode="document">
          <xsl:with-param name="n" select="$n"/>
        </xsl:apply-templates>
        <xsl:call-template name="sg:downloads"/>
        <xsl:call-template name="sg:contents"/>
      </header>
      <xsl:for-each select="text/front">
        <section class="front" aria-label="Front matter">
          <xsl:apply-templates mode="text"/>
        </section>
      </xsl:for-each>
      <xsl:call-template name="sg:speaker-filter">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
      <xsl:for-each select="text/body | text/group">
        <section class="text" id="text-{$n}" data-tei="body" aria-label="Text">
          <xsl:call-template name="sg:attrs"/>
          <xsl:apply-templates mode="text"/>
        </section>
      </xsl:for-each>
      <xsl:for-each select="text/back">
        <section class="back" aria-label="Back matter">
          <xsl:apply-templates mode="text"/>
        </section>
      </xsl:for-each>
    </article>
  </xsl:template>

  <!-- In a source's line, the links of the source chain and the languages are for machines; a
       note is part of the line, not a note in the margin. -->
  <xsl:template match="sourceDesc/bibl/relatedItem | sourceDesc/bibl/textLang" mode="text"/>
  <xsl:template match="sourceDesc/bibl/note" mode="text" as="element()">
    <span class="source-note"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- The date of the record: the setting's date, else the first date of the sources. -->
  <xsl:template name="sg:date-line" as="element()?">
    <xsl:variable name="date" as="element(date)?" select="(teiHeader/profileDesc/settingDesc//date,
      teiHeader/fileDesc/sourceDesc//date)[1]"/>
    <xsl:if test="$date">
      <p class="doc-date">
        <time>
          <xsl:if test="matches(string($date/@when), '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')">
            <xsl:attribute name="datetime" select="$date/@when"/>
          </xsl:if>
          <xsl:value-of select="(normalize-space($date)[. != ''], string($date/@when))[1]"/>
        </time>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The citation block: where the text comes from, who edited it, how to cite it. A row
       appears only when the header has something to put in it. -->
  <xsl:template name="sg:citation" as="element()">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="file" as="element(fileDesc)?" select="teiHeader/fileDesc"/>
    <xsl:variable name="edition" as="xs:string*" select="(
      string-join($file/titleStmt/editor ! normalize-space(.), '; ')[. != ''] ! (sg:label('editor', $sg:ui-lang) || ' ' || .),
      ($file/publicationStmt/(publisher, authority, distributor))[1] ! normalize-space(.)[. != ''])"/>
    <xsl:variable name="licences" as="element(licence)*" select="$file/publicationStmt/availability/licence[normalize-space() or sg:safe-href(@target)]"/>
    <section class="citation" aria-labelledby="citation-{$n}">
      <h2 id="citation-{$n}"><xsl:value-of select="sg:label('citation', $sg:ui-lang)"/></h2>
      <dl>
        <xsl:for-each select="$file/sourceDesc/bibl[normalize-space()]">
          <dt><xsl:value-of select="sg:label(($sg:bibl-labels(string(@type)), 'source')[1], $sg:ui-lang)"/></dt>
          <dd>
            <xsl:apply-templates mode="text">
              <xsl:with-param name="inline" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="($file/sourceDesc/biblFull | $file/sourceDesc/biblStruct | $file/sourceDesc/p)[normalize-space()]">
          <dt><xsl:value-of select="sg:label('source', $sg:ui-lang)"/></dt>
          <dd><xsl:value-of select="normalize-space()"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$file/sourceDesc/msDesc[normalize-space()]">
          <dt><xsl:value-of select="sg:label('archive', $sg:ui-lang)"/></dt>
          <dd class="archive">
            <xsl:value-of select="string-join((
              normalize-space(msIdentifier/repository)[. != ''],
              msIdentifier/idno ! sg:archive-part(.),
              msContents/msItem/locus ! normalize-space(.)[. != '']), ', ')"/>
            <xsl:for-each select="physDesc[normalize-space()]">
              <xsl:text>. </xsl:text>
              <xsl:value-of select="normalize-space()"/>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
        <xsl:if test="exists($edition) or exists($licences)">
          <dt><xsl:value-of select="sg:label('edition', $sg:ui-lang)"/></dt>
          <dd>
            <xsl:value-of select="string-join($edition, '. ')"/>
            <xsl:for-each select="$licences">
              <xsl:if test="exists($edition) or position() gt 1"><xsl:text>. </xsl:text></xsl:if>
              <xsl:variable name="href" as="xs:string?" select="sg:safe-href(@target)"/>
              <xsl:choose>
                <xsl:when test="exists($href)">
                  <a rel="license" href="{$href}"><xsl:value-of
                    select="(normalize-space()[. != ''], sg:label('licence', $sg:ui-lang))[1]"/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="normalize-space()"/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </dd>
        </xsl:if>
      </dl>
      <xsl:call-template name="sg:cite-this">
        <xsl:with-param name="tei" select="."/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- An archival idno with the usual abbreviation of its unit (fond, opis, delo, list) in the
       page's language (i18n.xml); another type is printed as it is. -->
  <xsl:function name="sg:archive-part" as="xs:string?">
    <xsl:param name="idno" as="element(idno)"/>
    <xsl:variable name="type" as="xs:string" select="string($idno/@type)"/>
    <xsl:sequence select="normalize-space($idno)[. != ''] ! string-join((
      (if ($type = ('fond', 'opis', 'delo', 'list')) then sg:label($type, $sg:ui-lang) else $type)[. != ''], .), ' ')"/>
  </xsl:function>

  <!-- The editor's note: the editorial declaration verbatim, in mode "text". -->
  <xsl:template match="encodingDesc" mode="document" as="element()">
    <xsl:param name="n" as="xs:integer"/>
    <section class="editorial" aria-labelledby="editorial-{$n}">
      <h2 id="editorial-{$n}"><xsl:value-of select="sg:label('editorial', $sg:ui-lang)"/></h2>
      <xsl:apply-templates select="projectDesc/node(), editorialDecl/node()" mode="text"/>
    </section>
  </xsl:template>

  <!-- Lines the converter removed as page furniture: a table, folded away. Where the
       paragraph around the list already says what it holds, the summary only counts. -->
  <xsl:template match="list[@type = 'furniture']" mode="text" as="element()">
    <details class="furniture">
      <summary>
        <xsl:value-of select="if (normalize-space(string-join(../text(), '')))
          then count(item) || ' ' || sg:label('lines-shown', $sg:ui-lang)
          else sg:label('furniture', $sg:ui-lang) || ': ' || count(item)"/>
      </summary>
      <table>
        <thead><tr><xsl:for-each select="'line', 'pattern', 'text'"><th scope="col"><xsl:value-of select="sg:label(., $sg:ui-lang)"/></th></xsl:for-each></tr></thead>
        <tbody>
          <xsl:for-each select="item">
            <tr>
              <td><xsl:value-of select="@n"/></td>
              <td><xsl:value-of select="@ana"/></td>
              <td><xsl:apply-templates mode="text"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </details>
  </xsl:template>

</xsl:stylesheet>
