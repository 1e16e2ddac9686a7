<?xml version="1.0" encoding="UTF-8"?>
<!--
  The pages of a corpus site about its people (stenogram corpus site).

  Input: the corpus's shared registry (persons.xml, a tei:listPerson).
  Parameters: $documents (the sittings, each with the registry's persons it names in its
  header) and $pages (the href of each sitting's page, same order); $person, the id of the
  person whose page to write, or '' for the index of persons with the corpus chart.
  Output: one HTML5 page in the style of the edition ($css):
    $person = ''   every person of the registry: name (linked to their page), sittings, turns,
                   words, and an SVG bar chart of each speaker's words in the corpus;
    $person = id   that person across sittings: name forms, labels, details, a chart of their
                   words per sitting, and for each sitting they speak in, its title (linked)
                   and a link to each of their turns (§ and the turn's first words).
  Turns and words are found and counted as in the persons section of each page (the key
  sg:turns and sg:word-count of persons.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sg="urn:stenogram:xslt"
  xmlns:svg="http://www.w3.org/2000/svg"
  xmlns="http://www.w3.org/1999/xhtml"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="../common/pointers.xsl"/>
  <xsl:include href="../common/links.xsl"/>
  <xsl:include href="../common/numbering.xsl"/>
  <xsl:include href="../common/i18n.xsl"/>
  <xsl:include href="html-common.xsl"/>
  <xsl:include href="persons.xsl"/>
  <xsl:include href="charts.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" omit-xml-declaration="yes" indent="no"
    encoding="UTF-8"/>

  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="pages" as="xs:string*" select="()"/>
  <xsl:param name="person" as="xs:string" select="''"/>
  <xsl:param name="css" as="xs:string" select="'edition.css'"/>
  <xsl:param name="index-href" as="xs:string" select="'index.html'"/>
  <xsl:param name="persons-href" as="xs:string" select="'persons.html'"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <!-- The href of a person's page. -->
  <xsl:function name="sg:person-href" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'person-' || $id || '.html'"/>
  </xsl:function>

  <!-- The words of a person's turns in one sitting. -->
  <xsl:function name="sg:words-in" as="xs:integer">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="document" as="document-node()"/>
    <xsl:sequence select="sum(key('sg:turns', $id, $document) ! sg:word-count(.))"/>
  </xsl:function>

  <xsl:template match="/" as="element()">
    <xsl:if test="not(listPerson) or count($documents) != count($pages)">
      <xsl:message terminate="yes">SG301: the person pages need the registry (a listPerson) and
        as many pages as documents (<xsl:value-of select="count($documents)"/> documents,
        <xsl:value-of select="count($pages)"/> pages)</xsl:message>
    </xsl:if>
    <xsl:variable name="entry" as="element()?" select="listPerson/*[@xml:id = $person]"/>
    <xsl:if test="$person != '' and empty($entry)">
      <xsl:message terminate="yes">SG302: no person <xsl:value-of select="$person"/> in the registry</xsl:message>
    </xsl:if>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="stenogram"/>
        <title><xsl:value-of select="if ($entry) then sg:person-name($entry) else 'Persons'"/></title>
        <link rel="stylesheet" href="{$css}"/>
      </head>
      <body>
        <header class="site-header">
          <nav aria-label="Site">
            <a href="{$index-href}">All documents</a>
            <xsl:text> · </xsl:text>
            <a href="{$persons-href}">All persons</a>
          </nav>
        </header>
        <main id="main" class="site-index">
          <xsl:choose>
            <xsl:when test="$entry"><xsl:apply-templates select="$entry" mode="page"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="sg:persons-index"/></xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="sg:persons-index" as="element()+">
    <xsl:variable name="people" as="element()*" select="listPerson/(person | personGrp)"/>
    <xsl:variable name="words" as="xs:integer*"
      select="$people ! (for $id in string(@xml:id) return sum($documents ! sg:words-in($id, .)))"/>
    <h1>Persons</h1>
    <xsl:call-template name="sg:corpus-chart">
      <xsl:with-param name="names" select="$people ! sg:person-name(.)"/>
      <xsl:with-param name="values" select="$words"/>
    </xsl:call-template>
    <table class="documents persons-index">
      <thead>
        <tr><th scope="col">Person</th><th scope="col">Sittings</th>
          <th scope="col">Turns</th><th scope="col">Words</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="$people">
          <xsl:variable name="id" as="xs:string" select="string(@xml:id)"/>
          <xsl:variable name="i" as="xs:integer" select="position()"/>
          <tr>
            <th scope="row"><a href="{sg:person-href($id)}"><xsl:value-of select="sg:person-name(.)"/></a></th>
            <td class="number"><xsl:value-of select="count($documents[exists(key('sg:turns', $id, .))])"/></td>
            <td class="number"><xsl:value-of select="sum($documents ! count(key('sg:turns', $id, .)))"/></td>
            <td class="number"><xsl:value-of select="$words[$i]"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:mode name="page" on-no-match="shallow-skip"/>

  <xsl:template match="person | personGrp" mode="page" as="element()+">
    <xsl:variable name="id" as="xs:string" select="string(@xml:id)"/>
    <xsl:variable name="names" as="xs:string*"
      select="distinct-values((persName[not(@type = 'label')], name) ! normalize-space(.))"/>
    <h1><xsl:value-of select="sg:person-name(.)"/></h1>
    <p class="person-details">
      <xsl:value-of select="string-join((
        tail($names), @role ! string(.), affiliation ! normalize-space(.), self::personGrp ! 'group',
        (string(birth/@when) || '–' || string(death/@when))[current()/(birth | death)],
        idno ! (@type || ' ' || normalize-space(.))), ' · ')"/>
    </p>
    <xsl:if test="persName[@type = 'label']">
      <p class="person-labels">Printed as:
        <xsl:for-each select="persName[@type = 'label']">
          <span class="person-label"><xsl:value-of select="normalize-space(.)"/></span>
          <xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:variable name="present" as="xs:integer*"
      select="for $i in 1 to count($documents) return $i[exists(key('sg:turns', $id, $documents[$i]))]"/>
    <xsl:call-template name="sg:corpus-chart">
      <xsl:with-param name="names" select="for $i in $present return sg:title($documents[$i]/*/teiHeader)"/>
      <xsl:with-param name="values" select="for $i in $present return sg:words-in($id, $documents[$i])"/>
    </xsl:call-template>
    <xsl:for-each select="$present">
      <xsl:variable name="document" as="document-node()" select="$documents[current()]"/>
      <xsl:variable name="href" as="xs:string?" select="sg:safe-href($pages[current()])"/>
      <section class="sitting">
        <h2><a href="{$href}"><xsl:value-of select="sg:title($document/*/teiHeader)"/></a></h2>
        <ol class="person-turns">
          <xsl:for-each select="key('sg:turns', $id, $document)">
            <xsl:variable name="first" as="element()?" select="(descendant::*[self::p or self::l or self::ab])[1]"/>
            <li>
              <a href="{$href}#{sg:turn-anchor(.)}">
                <xsl:value-of select="if ($first) then '§ ' || (count($first/preceding::*[self::p or self::l or self::ab]
                  [ancestor::body][not(ancestor::note | ancestor::p | ancestor::l | ancestor::ab)]) + 1)
                  else position()"/>
              </a>
              <xsl:text> </xsl:text>
              <xsl:value-of select="string-join(tokenize(normalize-space(string-join($first//text()
                except $first//(stage | note)//text(), '')))[position() le 12], ' ')"/>
              <xsl:if test="count(tokenize(normalize-space($first))) gt 12"> …</xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:for-each>
  </xsl:template>

  <!-- A horizontal bar chart (SVG, no script): one bar per name, scaled to the largest value. -->
  <xsl:template name="sg:corpus-chart" as="element()?">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:param name="values" as="xs:integer*"/>
    <xsl:variable name="most" as="xs:integer" select="max(($values, 0))"/>
    <xsl:if test="$most gt 0">
      <figure class="corpus-chart" data-generated="chart">
        <svg:svg viewBox="0 0 520 {count($names) * 16}" width="520" height="{count($names) * 16}" role="img">
          <svg:title>Words per <xsl:value-of select="if ($person = '') then 'person' else 'sitting'"/></svg:title>
          <xsl:for-each select="$names">
            <xsl:variable name="i" as="xs:integer" select="position()"/>
            <xsl:variable name="y" as="xs:integer" select="($i - 1) * 16"/>
            <svg:text x="176" y="{$y + 12}" text-anchor="end">
              <xsl:value-of select="if (string-length(.) gt 30) then substring(., 1, 29) || '…' else ."/>
            </svg:text>
            <svg:rect class="chart-part" x="180" y="{$y + 3}" height="10"
              width="{format-number($values[$i] div $most * 280, '0.#')}"/>
            <svg:text x="{184 + round($values[$i] div $most * 280)}" y="{$y + 12}">
              <xsl:value-of select="$values[$i]"/>
            </svg:text>
          </xsl:for-each>
        </svg:svg>
      </figure>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
