public import Foundation

/// Everything a user has, as one JSON document: `followup export` writes it, `followup import`
/// reads it back without loss.
///
/// Decoding checks the whole document before anything uses it, so an import either takes all of
/// a file or none of it.
public struct Archive: Sendable, Equatable, Codable {
    /// One process with its whole event history.
    public struct Entry: Sendable, Equatable, Codable {
        public var process: HiringProcess
        public var events: [Event.Fields]

        public init(process: HiringProcess, events: [Event.Fields]) {
            self.process = process
            self.events = events
        }
    }

    public var format: String = Archive.formatName
    public var version: Int = Archive.currentVersion
    public var settings: [String: String]
    public var processes: [Entry]

    public static let formatName = "followup"
    public static let currentVersion = 1

    public init(settings: [String: String], processes: [Entry]) {
        self.settings = settings
        self.processes = processes
    }

    /// Pretty, key-sorted JSON with instants in UTC, so two exports of the same data are byte-identical.
    public func encoded() -> Data {
        let encoder = FollowUpJSON.makeEncoder()
        return try! encoder.encode(self)
    }

    /// Reads and checks a whole archive; any problem is one error naming where it is.
    public static func decode(_ data: Data) throws(FollowUpError) -> Archive {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            do throws(FollowUpError) {
                return try DateInput.instant(text, in: .utc)
            } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
            }
        }
        let archive: Archive
        do {
            archive = try decoder.decode(Archive.self, from: data)
        } catch let error as DecodingError {
            throw FollowUpError.invalidInput("the file is not a Followup export: \(Archive.describe(error))")
        } catch {
            throw FollowUpError.invalidInput("the file is not a Followup export: \(error)")
        }
        guard archive.format == formatName else {
            throw FollowUpError.invalidInput("the file's format is '\(archive.format)', not '\(formatName)': it is not a Followup export")
        }
        guard archive.version <= currentVersion else {
            throw FollowUpError.invalidInput(
                "the file is format version \(archive.version), newer than this Followup reads (\(currentVersion)): update Followup")
        }
        _ = try UserSettings(values: archive.settings)
        var ids = Set<ProcessID>()
        for entry in archive.processes {
            let id = entry.process.id
            guard !id.rawValue.isEmpty, ids.insert(id).inserted else {
                throw FollowUpError.invalidInput("the file names process '\(id)' twice (or with an empty id)")
            }
            if let region = entry.process.region { _ = try HiringProcess.validatedRegion(region) }
            var eventIDs = Set<EventID>()
            for fields in entry.events {
                guard eventIDs.insert(fields.id).inserted else {
                    throw FollowUpError.invalidInput("process '\(id)' has event id \(fields.id) twice")
                }
                _ = try Event(processID: id, fields: fields)
                if let target = fields.retracts, !eventIDs.contains(target) {
                    throw FollowUpError.invalidInput(
                        "process '\(id)': event \(fields.id) retracts event \(target), which is not an earlier event of the process")
                }
            }
        }
        return archive
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "at the top" : "at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "'\(key.stringValue)' is missing \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong type \(path(context))"
        case .dataCorrupted(let context): return "\(context.debugDescription) (\(path(context)))"
        @unknown default: return "\(error)"
        }
    }
}
