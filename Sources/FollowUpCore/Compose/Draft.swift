/// A composed message: offered to the user, never sent on their behalf.
public struct Draft: Sendable, Equatable {
    public var subject: String
    public var body: String
    public var kind: MessageKind
    public var language: Language
}

extension DateText {
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    static let portugueseMonths = [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
    ]
    static let portugueseWeekdays = ["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"]

    /// A day written the way people write it in a message: "Friday, 13 March" / "sexta-feira, 13 de março".
    public static func written(_ day: Day, language: Language) -> String {
        let (_, month, date) = day.parts
        switch language {
        case .english: return "\(day.weekday.name), \(date) \(englishMonths[month - 1])"
        case .brazilianPortuguese: return "\(portugueseWeekdays[day.weekday.rawValue]), \(date) de \(portugueseMonths[month - 1])"
        }
    }
}
