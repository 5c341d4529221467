/// Every region Followup has holiday rules for, by ISO 3166 code.
public enum HolidayRegions {
    /// All regions, countries before their subdivisions, in code order.
    public static let all: [HolidayRegion] = (HolidayRegion.europe + HolidayRegion.elsewhere).sorted { $0.code < $1.code }

    static let byCode: [String: HolidayRegion] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The region for a code typed in any case, or an error listing the valid codes.
    public static func region(_ code: String) throws(FollowUpError) -> HolidayRegion {
        let upper = code.uppercased()
        guard let region = byCode[upper] else { throw FollowUpError.unknownRegion(code, valid: all.map(\.code)) }
        return region
    }
}
