/// The words of an HTML body, for a reply sent without a plain-text part.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var output = ""
        var tag = ""
        var inTag = false
        var skipping: String? = nil
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first.map(String.init) ?? ""
                    if let skip = skipping {
                        if tag.lowercased().hasPrefix("/\(skip)") { skipping = nil }
                    } else if name == "script" || name == "style" {
                        skipping = name
                    } else if ["br", "p", "/p", "div", "/div", "li", "tr", "h1", "h2", "h3"].contains(name) {
                        output.append("\n")
                    }
                    tag = ""
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
            } else if skipping == nil {
                output.append(character)
            }
        }
        return entities(output)
    }

    private static func entities(_ text: String) -> String {
        let named = ["&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'"]
        var result = text
        for (entity, value) in named { result = result.replacingOccurrences(of: entity, with: value) }
        return result
    }
}
