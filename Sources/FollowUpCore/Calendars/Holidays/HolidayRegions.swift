/// Every region Followup has holiday rules for, by ISO 3166 code.
public enum HolidayRegions {
    /// All regions, countries before their subdivisions, in code order.
    public static let all: [HolidayRegion] = (HolidayRegion.europe + HolidayRegion.elsewhere).sorted { $0.code < $1.code }

    static let byCode: [String: HolidayRegion] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The region for a code typed in any case, or an error listing the codes that were probably
    /// meant: the country's own when the country is known, else the countries.
    public static func region(_ code: String) throws(FollowUpError) -> HolidayRegion {
        let upper = code.uppercased()
        guard let region = byCode[upper] else {
            let country = upper.split(separator: "-", maxSplits: 1).first.map(String.init) ?? upper
            let siblings = all.map(\.code).filter { $0 == country || $0.hasPrefix(country + "-") }
            throw FollowUpError.unknownRegion(code, valid: byCode[country] != nil ? siblings : all.map(\.code).filter { !$0.contains("-") })
        }
        return region
    }
}
