<?xml version="1.0" encoding="UTF-8"?>
<!--
  The frame of the book: the Typst preamble (document metadata, page, fonts, paragraphs, line
  numbers, running heads) and the Typst functions the other modules call (sg-…). The functions
  hold the typography, so an editor who writes the Typst source (`render to=typst`) can restyle
  the whole book in one place. Values from the TEI arrive only through sg:string.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sg="urn:stenogram:xslt"
    exclude-result-prefixes="#all">

  <!-- A Typst array of string literals (with the trailing comma a one-item array needs). -->
  <xsl:function name="sg:array" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:sequence select="'(' || string-join($items ! (sg:string(.) || ', ')) || ')'"/>
  </xsl:function>

  <!-- A Typst string literal, or `none`. -->
  <xsl:function name="sg:string-or-none" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if (normalize-space($text)) then sg:string($text) else 'none'"/>
  </xsl:function>

  <!-- The preamble: metadata, page, type and the sg-… functions. -->
  <xsl:template name="sg:preamble" as="text()*">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="authors" as="xs:string*"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="edition-title" as="xs:string"/>
    <xsl:param name="paper" as="xs:string"/>
    <xsl:text>// Typeset by stenogram: TEI P5 -> Typst (xslt/typst/edition.xsl). Lines starting
// `// tei:` name the TEI element the following lines come from.
#set document(title: </xsl:text>
    <xsl:value-of select="sg:string($title)"/>
    <xsl:text>, author: </xsl:text>
    <xsl:value-of select="sg:array($authors)"/>
    <!-- date: auto is the build date the compiler is given (stenogram passes SOURCE_DATE_EPOCH or
         the day of the build, see stenogram.builddate), never the clock's second nor the record's
         historical date: the PDF's creation date and XMP say when the file was made. -->
    <xsl:text>, date: auto)
#let sg-edition-title = </xsl:text>
    <xsl:value-of select="sg:string($edition-title)"/>
    <xsl:text>
#let sg-doc-title = state("sg-doc-title", "")

// Page: running heads (verso: edition, recto: document, in its short title), page number in the
// outer corner; the page where a document opens (its title as the heading) has no running head,
// and its number at the foot.
#let sg-opens-document() = query(&lt;sg-document>).any(m => m.location().page() == here().page())
#let sg-margin-left = 30mm
#set page(paper: </xsl:text>
    <xsl:value-of select="sg:string($paper)"/>
    <xsl:text>,
  margin: (left: sg-margin-left, right: 27mm, top: 27mm, bottom: 27mm),
  numbering: "1",
  header: context {
    set text(size: 8.5pt)
    set par.line(numbering: none)
    let n = counter(page).display()
    if not sg-opens-document() {
      if calc.even(here().page()) [#n #h(1fr) #smallcaps(sg-edition-title) #h(1fr)]
      else [#h(1fr) #emph(sg-doc-title.get()) #h(1fr) #n]
      v(-0.4em)
      line(length: 100%, stroke: 0.3pt)
    }
  },
  footer: context if sg-opens-document() { align(center, text(size: 8.5pt, counter(page).display())) })

// Type: New Computer Modern (bundled with Typst; Latin and Cyrillic, with small caps).
#set text(font: "New Computer Modern", size: 10.5pt, lang: </xsl:text>
    <xsl:value-of select="sg:string($lang)"/>
    <xsl:text>)
#set par(justify: true, leading: 0.6em, spacing: 0.6em, first-line-indent: (amount: 1.2em, all: true))
#set heading(numbering: none)
#show heading: set text(weight: "regular")
#show heading: set align(center)
#show heading: set text(hyphenate: false)
#show heading.where(level: 1): set text(size: 15pt)
#show heading.where(level: 2): it => block(above: 1.6em, below: 1em, smallcaps(it.body))
#show heading.where(level: 3): it => block(above: 1.2em, below: 0.8em, emph(it.body))
#set footnote.entry(separator: line(length: 25%, stroke: 0.4pt), gap: 0.35em)
#show footnote.entry: set text(size: 8.5pt)
#show footnote.entry: set par(first-line-indent: 0em)

// Line numbers in the right margin, every fifth, restarting on each page.
#set par.line(
  numbering: n => if calc.rem(n, 5) == 0 { text(size: 6.5pt, str(n)) },
  numbering-scope: "page", number-margin: end)

// Paragraph numbers in the left margin: the same N as the HTML edition's anchor #p-N.
#let sg-pno-mark(n) = box(width: 18pt, align(right, text(size: 7pt, fill: luma(35%), str(n))))
#let sg-pno(n) = box(width: 0pt, move(dx: -1.2em - 24pt, sg-pno-mark(n)))
// The same for a block met inside a line (verse in a stage direction, a paragraph in a table
// cell or an unknown container): moved from where it falls into the same margin column
// (the context inside the box, so that its position is the box's, also after a line break).
#let sg-pno-inline(n) = box(width: 0pt,
  context move(dx: sg-margin-left - 24pt - here().position().x, sg-pno-mark(n)))
// A speech: a hidden mark per speaker (for the index: "dN/id", document and speaker), then the
// speaker's label, run in.
#let sg-speech(doc, who) = [#metadata(doc + "/" + who)&lt;sg-speech>]
// Small caps for the letters the label has in lower case only: capitals stay as printed, so
// that "McCLURE" keeps its small c and "Präsident Dr. Lammert" its initials.
#let sg-speaker(body) = [#smallcaps(body)#h(0.45em)]
// Stage directions: a block of their own between speeches, in italics within them.
#let sg-stage(body) = block(inset: (left: 2.4em, right: 1.2em), above: 0.8em, below: 0.8em,
  par(first-line-indent: 0em, emph(body)))
#let sg-stage-inline(body) = emph(body)
// The printed label of a voice in an interjection; editorial additions and omissions.
#let sg-label(body) = smallcaps(body)
#let sg-supplied(body) = [\[#body\]]
#let sg-gap(body) = text(fill: luma(30%), [⟨#emph(body)⟩])
#let sg-verse(body) = block(inset: (left: 2.4em), above: 0.5em, below: 0.5em, body)
#let sg-line(body) = par(first-line-indent: 0em, justify: false, body)
#let sg-front(body) = block(above: 1em, below: 1.4em, body)
#let sg-cast(head, items) = block(above: 1em, below: 1.4em, {
  if head != none { align(center, smallcaps(head)) }
  set par(first-line-indent: 0em, hanging-indent: 1.2em, justify: false)
  for it in items { par(it) }
})
#let sg-trailer(body) = align(center, block(above: 1.4em, emph(body)))
#let sg-dateline(body) = align(right, emph(body))

// A document begins: its (short) title in the running head from here on.
#let sg-document(title) = { sg-doc-title.update(title); [#metadata(title)&lt;sg-document>] }

// The title page: all values are plain strings (or none / arrays of strings).
#let sg-title-page(title: "", subtitle: none, authors: (), date: none, editors: (),
    editor-label: "", publisher: none) = page(header: none, footer: none, {
  set par.line(numbering: none)
  set par(first-line-indent: 0em, justify: false)
  align(center, {
    v(18%)
    for a in authors { text(size: 12pt, smallcaps(a)); linebreak() }
    v(1.5em)
    text(size: 19pt, title)
    if subtitle != none { v(0.8em); text(size: 12pt, emph(subtitle)) }
    if date != none { v(1.6em); text(size: 12pt, date) }
    if editors.len() > 0 { v(2.5em); emph(editor-label); linebreak(); editors.join(", ") }
    v(1fr)
    if publisher != none { text(size: 10pt, smallcaps(publisher)) }
  })
})

// The imprint at the foot of the verso of the title page: the sources and archive reference,
// the licence, and the editor's note (paragraphs as content).
#let sg-imprint(sources: (), source-label: "", archive: none, archive-label: "",
    licence: none, licence-label: "", note-heading: "", note: ()) = page(header: none, footer: none, {
  set par.line(numbering: none)
  set par(first-line-indent: 0em, justify: false)
  set text(size: 8.5pt)
  v(1fr)
  let field(label, body) = block(above: 0.6em, [#smallcaps(label). #body])
  for s in sources { field(source-label, s) }
  if archive != none { field(archive-label, archive) }
  if licence != none { field(licence-label, licence) }
  if note.len() > 0 {
    v(2em)
    block(below: 0.8em, smallcaps(note-heading))
    for p in note { block(above: 0.6em, p) }
  }
})

// Numbers as an index prints them: ascending, runs of three or more collapsed ("12–15").
#let sg-runs(numbers) = {
  let ns = numbers.dedup().sorted()
  let out = ()
  let i = 0
  while i &lt; ns.len() {
    let j = i
    while j + 1 &lt; ns.len() and ns.at(j + 1) == ns.at(j) + 1 { j += 1 }
    out.push(if j - i >= 2 { str(ns.at(i)) + "–" + str(ns.at(j)) }
             else if j > i { str(ns.at(i)) + ", " + str(ns.at(j)) } else { str(ns.at(i)) })
    i = j + 1
  }
  out.join(", ")
}

// The index of speakers: one query for every speech mark of the book, read into a dictionary
// (mark -> pages as printed); an entry's pages are those of its marks (one per document),
// after leader dots; below them the paragraph numbers (§), per document in a volume.
#let sg-speaker-index(heading-text, paragraph-label, entries) = {
  pagebreak(weak: true)
  heading(level: 2, outlined: false, heading-text)
  set par.line(numbering: none)
  set par(first-line-indent: 0em, hanging-indent: 1.5em, justify: false)
  context {
    let pages = (:)
    for m in query(&lt;sg-speech>) {
      let page = counter(page).at(m.location()).first()
      let seen = pages.at(m.value, default: ())
      if page not in seen { seen.push(page) }
      pages.insert(m.value, seen)
    }
    columns(2, gutter: 2em, for (name, keys, paragraphs) in entries {
      let found = keys.map(key => pages.at(key, default: ())).flatten()
      let cited = paragraphs.filter(d => d.at(1).len() > 0).map(d =>
        if d.at(0) == none { sg-runs(d.at(1)) } else { str(d.at(0)) + ": " + sg-runs(d.at(1)) })
      par[#name#h(0.3em)#box(width: 1fr, repeat(gap: 0.25em)[.])#h(0.3em)#sg-runs(found)#if cited.len() > 0 [
        #linebreak()#text(size: 0.9em)[#paragraph-label~#cited.join("; ")]]]
    })
  }
}

</xsl:text>
  </xsl:template>

</xsl:stylesheet>
