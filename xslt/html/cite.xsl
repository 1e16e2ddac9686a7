<?xml version="1.0" encoding="UTF-8"?>
<!--
  How to cite a document and each of its paragraphs: a citation line (authors, title, editors,
  publisher, version, date, URL) and the same facts as CSL-JSON and BibTeX (biblatex fields)
  to copy. Only the facts the header has are printed: a missing one leaves no empty field.
  The URL is the page's address: $base-url (where the edition is published) and the page's
  file name ($page, set by stenogram), or the file name alone when no base is given.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Where the edition is published (e.g. https://example.org/edition/); '' for none. -->
  <xsl:param name="base-url" as="xs:string" select="''"/>
  <!-- The page's file name, set by stenogram. -->
  <xsl:param name="page" as="xs:string" select="''"/>

  <!-- The page's URL: the base and the page's name; '' when neither is known. -->
  <xsl:variable name="sg:page-url" as="xs:string"
    select="if ($base-url = '') then $page
            else replace($base-url, '/+$', '') || '/' || $page"/>

  <!-- The facts of a citation of $tei, as a map of strings (absent keys: facts it lacks). -->
  <xsl:function name="sg:cite-facts" as="map(xs:string, item()*)" cache="yes">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="file" as="element(fileDesc)?" select="$tei/teiHeader/fileDesc"/>
    <xsl:variable name="changes" as="xs:string*"
      select="$tei/teiHeader/revisionDesc//change/@when[matches(., '^\d{4}(-\d\d){0,2}$')] ! string()"/>
    <xsl:sequence select="map:merge((
      map:entry('title', sg:title($tei/teiHeader)),
      map:entry('authors', $file/titleStmt/author ! normalize-space((persName, .)[1]))[exists(?*)],
      map:entry('editors', $file/titleStmt/editor ! normalize-space())[exists(?*)],
      map:entry('publisher', ($file/publicationStmt/(publisher, authority, distributor))[1] ! normalize-space())[exists(?*)],
      map:entry('version', ($file/editionStmt/edition ! (@n, normalize-space())[. != ''][1])[1])[exists(?*)],
      map:entry('date', ($file/publicationStmt/date/(@when, normalize-space())[. != ''][1], max($changes))[1])[exists(?*)],
      map:entry('url', $sg:page-url)[$sg:page-url != '']))"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The citation line of $tei; with $n and $anchor, of that paragraph. -->
  <xsl:function name="sg:cite-line" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:param name="n" as="xs:integer?"/>
    <xsl:param name="anchor" as="xs:string?"/>
    <xsl:variable name="f" as="map(xs:string, item()*)" select="sg:cite-facts($tei)"/>
    <xsl:variable name="lang" as="xs:string" select="string(($tei/@xml:lang, $sg:ui-lang)[1])"/>
    <xsl:sequence select="string-join((
      string-join($f?authors, ', ')[. != ''],
      '“' || $f?title || '”',
      string-join($f?editors, ', ')[. != ''] ! (sg:label('editor', $lang) || ' ' || .),
      $f?publisher,
      $f?version ! (sg:label('version', $lang) || ' ' || .),
      $f?date,
      $n ! ('§ ' || .)), '. ') || '.'
      || $f?url ! (' ' || . || $anchor[exists($n)] ! ('#' || .))"/>
  </xsl:function>

  <!-- CSL-JSON of $tei (one item), in a stable key order. -->
  <xsl:function name="sg:csl-json" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="f" as="map(xs:string, item()*)" select="sg:cite-facts($tei)"/>
    <xsl:variable name="parts" as="xs:integer*"
      select="tokenize(string($f?date), '-')[matches(., '^\d+$')] ! xs:integer(.)"/>
    <xsl:variable name="json" as="element(fn:array)">
      <fn:array>
        <fn:map>
          <fn:string key="id"><xsl:value-of select="$id"/></fn:string>
          <fn:string key="type">document</fn:string>
          <fn:string key="title"><xsl:value-of select="$f?title"/></fn:string>
          <xsl:for-each select="('author', 'editor')">
            <xsl:variable name="names" as="xs:string*" select="$f(. || 's')"/>
            <xsl:if test="exists($names)">
              <fn:array key="{.}">
                <xsl:for-each select="$names"><fn:map><fn:string key="literal"><xsl:value-of select="."/></fn:string></fn:map></xsl:for-each>
              </fn:array>
            </xsl:if>
          </xsl:for-each>
          <xsl:for-each select="$f?publisher"><fn:string key="publisher"><xsl:value-of select="."/></fn:string></xsl:for-each>
          <xsl:for-each select="$f?version"><fn:string key="version"><xsl:value-of select="."/></fn:string></xsl:for-each>
          <xsl:if test="exists($parts)">
            <fn:map key="issued"><fn:array key="date-parts"><fn:array>
              <xsl:for-each select="$parts"><fn:number><xsl:value-of select="."/></fn:number></xsl:for-each>
            </fn:array></fn:array></fn:map>
          </xsl:if>
          <xsl:for-each select="$f?url"><fn:string key="URL"><xsl:value-of select="."/></fn:string></xsl:for-each>
        </fn:map>
      </fn:array>
    </xsl:variable>
    <!-- JSON allows "/" unescaped: URLs stay readable (an escaped backslash stays escaped) -->
    <xsl:sequence select="replace(xml-to-json($json, map {'indent': true()}), '\\/', '/')"/>
  </xsl:function>

  <!-- A BibTeX value: braces and backslashes escaped, in braces. -->
  <xsl:function name="sg:bibtex-value" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="'{' || replace($value, '([{}\\%&amp;#$_^~])', '\\$1') || '}'"/>
  </xsl:function>

  <!-- A biblatex @misc entry for $tei. -->
  <xsl:function name="sg:bibtex" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="f" as="map(xs:string, item()*)" select="sg:cite-facts($tei)"/>
    <xsl:variable name="fields" as="xs:string*" select="
      ('title', $f?title),
      (if (exists($f?authors)) then ('author', string-join($f?authors, ' and ')) else ()),
      (if (exists($f?editors)) then ('editor', string-join($f?editors, ' and ')) else ()),
      $f?publisher ! ('publisher', .),
      $f?version ! ('version', .),
      $f?date ! ('date', .),
      $f?url ! ('url', .)"/>
    <xsl:sequence select="'@misc{' || replace($id, '[^A-Za-z0-9:_-]', '-') || ',&#10;'
      || string-join(for $i in 1 to count($fields) idiv 2
                     return '  ' || $fields[2 * $i - 1] || ' = ' || sg:bibtex-value($fields[2 * $i]), ',&#10;')
      || '&#10;}'"/>
  </xsl:function>

  <!-- The "cite this" block of a document: the line, and CSL-JSON and BibTeX to copy. -->
  <xsl:template name="sg:cite-this" as="element()">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="id" as="xs:string"
      select="(replace($page, '\.[^.]*$', '')[. != ''], $tei/@xml:id, 'document')[1]"/>
    <div class="cite-this">
      <p class="cite-as"><strong><xsl:value-of select="sg:label('cite-as', $sg:ui-lang)"/>: </strong>
        <span class="cite-line"><xsl:value-of select="sg:cite-line($tei, (), ())"/></span>
      </p>
      <details class="cite-format">
        <summary>CSL-JSON</summary>
        <pre class="csl-json"><xsl:value-of select="sg:csl-json($tei, $id)"/></pre>
      </details>
      <details class="cite-format">
        <summary>BibTeX</summary>
        <pre class="bibtex"><xsl:value-of select="sg:bibtex($tei, $id)"/></pre>
      </details>
    </div>
  </xsl:template>
</xsl:stylesheet>
