<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names of persons as an index lists them: by surname. The registry's persName/surname is the
  authority; where the header has none (a name written as one string), the surname is found in
  the name's words: forms of address and titles (a table) and initials are not it; a word set
  in capitals among words that are not ("Mr. SMITH", "Senator McCLURE") is; so is the first
  word when initials follow it ("ИВАНОВ И. И."); otherwise the last ("Alexei Ivanovich Rykov").
  Words in brackets and anything after a comma ("Dr. Angela Merkel, Bundeskanzlerin") are a
  description, not the name.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <!-- Words that address, entitle or describe the office of a person, lower case without a final stop, in the
       languages of the genre (parliaments, party plenums, courts, hearings). -->
  <xsl:variable name="sg:name-prefixes" as="xs:string*" select="(
      'the', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'hon', 'rt',
      'senator', 'sen', 'rep', 'representative', 'president', 'chairman', 'chairwoman', 'judge',
      'justice', 'comrade', 'herr', 'frau', 'präsident', 'präsidentin', 'vizepräsident',
      'vizepräsidentin', 'abg', 'm', 'mme', 'mlle', 'le', 'la', 'monsieur', 'madame', 'président',
      'présidente', 'тов', 'товарищ', 'господин', 'госпожа', 'г-н', 'г-жа', 'пан', 'пані', 'pan',
      'pani', 'poseł', 'posłanka', 'marszałek', 'wicemarszałek',
      'prime', 'minister', 'speaker', 'secretary', 'deputy', 'vice', 'governor', 'mayor', 'clerk',
      'councilmember', 'councillor', 'witness', 'court', 'председатель', 'председательствующий',
      'министр', 'голова', 'головуючий', 'міністр')"/>

  <!-- The words of a name, without its description (brackets, after a comma) and stops. -->
  <xsl:function name="sg:name-words" as="xs:string*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="tokenize(normalize-space(replace(replace($name, '\([^)]*\)|\[[^\]]*\]', ' '), ',.*$', '')), ' ')
                          ! replace(., '[:;]+$', '')[. != '']"/>
  </xsl:function>

  <!-- What $name says besides the name, as written: its brackets, and from its comma on. -->
  <xsl:function name="sg:name-description" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="flat" as="xs:string" select="normalize-space($name)"/>
    <xsl:sequence select="string-join((
        analyze-string(replace($flat, ',.*$', ''), '\([^)]*\)|\[[^\]]*\]')/*:match ! (' ' || .),
        substring($flat, string-length(substring-before($flat || ',', ',')) + 1)[. != '']))"/>
  </xsl:function>

  <!-- True for a word that cannot be a surname: a prefix of the table, or an initial. -->
  <xsl:function name="sg:is-name-prefix" as="xs:boolean">
    <xsl:param name="word" as="xs:string"/>
    <xsl:sequence select="lower-case(replace($word, '\.$', '')) = $sg:name-prefixes
                          or matches($word, '^(\w\.)+\w?\.?$|^\w\.?$')"/>
  </xsl:function>

  <!-- True where a word is set in capitals: more capital letters than small ones. -->
  <xsl:function name="sg:in-capitals" as="xs:boolean">
    <xsl:param name="word" as="xs:string"/>
    <xsl:sequence select="string-length(replace($word, '[^\p{Lu}]', '')) gt string-length(replace($word, '[^\p{Ll}]', ''))"/>
  </xsl:function>

  <!-- The position of the surname among the words of $name (0: the name has none: a role such
       as "Unidentified speaker" or "A voice"). Only a capitalised word can be a surname. -->
  <xsl:function name="sg:surname-at" as="xs:integer">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="words" as="xs:string*" select="sg:name-words($name)"/>
    <xsl:variable name="candidates" as="xs:integer*"
        select="for $i in 1 to count($words) return $i[not(sg:is-name-prefix($words[$i]))][matches($words[$i], '^\p{Lu}')]"/>
    <xsl:variable name="capitals" as="xs:integer*"
        select="for $i in $candidates return $i[sg:in-capitals($words[$i])]"/>
    <xsl:sequence select="if (empty($candidates)) then 0
        else if (exists($capitals) and count($capitals) lt count($candidates)) then $capitals[1]
        else if ($words[$candidates[1] + 1][sg:is-name-prefix(.)]) then $candidates[1]
        else $candidates[last()]"/>
  </xsl:function>

  <!-- The surname and the rest of a name as an index prints them: "Rykov, Alexei Ivanovich";
       a name that opens with its surname stays as it is ("ИВАНОВ И. И."). The registry's
       surname and forenames are used where the person has them. -->
  <xsl:function name="sg:index-name" as="xs:string">
    <xsl:param name="person" as="element()?"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="structured" as="element()?"
        select="$person/tei:persName[not(@type = 'label')][tei:surname][1]"/>
    <xsl:variable name="words" as="xs:string*" select="sg:name-words($name)"/>
    <xsl:variable name="at" as="xs:integer" select="sg:surname-at($name)"/>
    <xsl:sequence select="
        if ($structured) then string-join((
            normalize-space(string-join($structured/tei:surname, ' ')),
            normalize-space(string-join($structured/(tei:roleName, tei:forename, tei:addName), ' '))[. != '']), ', ')
        else if ($at le 1) then normalize-space($name)
        else string-join(($words[$at], string-join($words[position() ne $at], ' ')), ', ')
             || sg:name-description($name)"/>
  </xsl:function>

  <!-- The key an index sorts $name by: the surname first (see sg:index-name), no prefixes. -->
  <xsl:function name="sg:index-key" as="xs:string">
    <xsl:param name="person" as="element()?"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="printed" as="xs:string" select="sg:index-name($person, $name)"/>
    <xsl:variable name="key" as="xs:string"
        select="string-join(sg:name-words(replace($printed, ',', ' '))[not(sg:is-name-prefix(.))], ' ')"/>
    <xsl:sequence select="lower-case(if ($key != '') then $key else normalize-space($name))"/>
  </xsl:function>

</xsl:stylesheet>
