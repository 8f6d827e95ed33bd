// SPDX-License-Identifier: GPL-2.0-or-later

/// Writes glossary entries in the formats other tools read.
public enum GlossaryExport {
  static let columns = [
    "arabic", "english", "category", "plural", "feminine", "arabic_plural", "pos", "priority", "policy", "note",
    "source",
  ]

  static func fields(_ entry: GlossaryEntry) -> [String] {
    [
      entry.arabic, entry.english, entry.category.rawValue, entry.plural ?? "", entry.feminine ?? "",
      entry.arabicPlurals.joined(separator: "|"), entry.partOfSpeech ?? "",
      entry.priority == 0 ? "" : String(entry.priority),
      entry.policy ?? "", entry.note ?? "", entry.source ?? "",
    ]
  }

  /// Khabar's own TSV format (readable back with ``GlossaryFile``).
  public static func tsv(_ entries: [GlossaryEntry]) -> String {
    var text = columns.joined(separator: "\t") + "\n"
    for entry in entries {
      text +=
        fields(entry).map { $0.replacing("\t", with: " ").replacing("\n", with: " ") }.joined(separator: "\t") + "\n"
    }
    return text
  }

  /// RFC 4180 CSV with a header line; the first two columns are the source and target terms,
  /// as DeepL- and Google-style glossaries expect.
  public static func csv(_ entries: [GlossaryEntry]) -> String {
    func quote(_ field: String) -> String {
      field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
    }
    var text = columns.map(quote).joined(separator: ",") + "\r\n"
    for entry in entries { text += fields(entry).map(quote).joined(separator: ",") + "\r\n" }
    return text
  }

  /// A TBX (ISO 30042, TBX-Basic style) termbase: one conceptEntry per glossary entry, with the
  /// Arabic and English terms, category as subjectField, part of speech, note and source.
  public static func tbx(_ entries: [GlossaryEntry]) -> String {
    func escape(_ text: String) -> String {
      var result = ""
      for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        default: result.append(character)
        }
      }
      return result
    }
    var text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>Exported by Khabar</p></sourceDesc></fileDesc></tbxHeader>
      <text><body>

      """
    for (index, entry) in entries.enumerated() {
      text += "<conceptEntry id=\"c\(index + 1)\">"
      text += "<descrip type=\"subjectField\">\(escape(entry.category.rawValue))</descrip>"
      if let note = entry.note { text += "<note>\(escape(note))</note>" }
      if let source = entry.source { text += "<admin type=\"source\">\(escape(source))</admin>" }
      // Khabar's own fields, as x- data categories so that TSV → TBX → TSV loses nothing.
      if entry.priority != 0 { text += "<admin type=\"x-priority\">\(entry.priority)</admin>" }
      if let policy = entry.policy { text += "<admin type=\"x-policy\">\(escape(policy))</admin>" }
      if let feminine = entry.feminine { text += "<admin type=\"x-feminine\">\(escape(feminine))</admin>" }
      text += "<langSec xml:lang=\"ar\"><termSec><term>\(escape(entry.arabic))</term>"
      if let pos = entry.partOfSpeech { text += "<termNote type=\"partOfSpeech\">\(escape(pos))</termNote>" }
      text += "</termSec>"
      for plural in entry.arabicPlurals {
        text +=
          "<termSec><term>\(escape(plural))</term><termNote type=\"grammaticalNumber\">plural</termNote></termSec>"
      }
      text += "</langSec><langSec xml:lang=\"en\"><termSec><term>\(escape(entry.english))</term></termSec>"
      if let plural = entry.plural {
        text +=
          "<termSec><term>\(escape(plural))</term><termNote type=\"grammaticalNumber\">plural</termNote></termSec>"
      }
      text += "</langSec></conceptEntry>\n"
    }
    text += "</body></text>\n</tbx>\n"
    return text
  }
}
