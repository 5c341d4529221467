public import FollowUpApp
public import FollowUpCore
import GRDB

extension AppDatabase {
    /// The user's settings, defaults filled in.
    public func settings() async throws(StoreError) -> UserSettings {
        try await read { db in try AppDatabase.loadSettings(db) }
    }

    /// Changes several settings in one transaction: every value is checked first, and one refusal
    /// leaves all of them as they were (the web form sends them together).
    public func setSettings(_ changes: [(key: String, value: String)]) async throws(StoreError) -> UserSettings {
        for change in changes { _ = try StoreRules.key(change.key) }
        return try await write { db in
            var settings = try AppDatabase.loadSettings(db)
            for change in changes { try settings.set(change.key, to: change.value) }
            try AppDatabase.saveSettings(db, settings.storedValues)
            return settings
        }
    }

    /// Puts one setting back to its default.
    public func resetSetting(_ key: String) async throws(StoreError) -> UserSettings {
        _ = try StoreRules.key(key)
        return try await write { db in
            try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
            return try AppDatabase.loadSettings(db)
        }
    }

    static func loadSettings(_ db: Database) throws -> UserSettings {
        let pairs = try Row.fetchAll(db, sql: "SELECT key, value FROM setting")
        var values: [String: String] = [:]
        for row in pairs { values[row[0]] = row[1] }
        return try UserSettings(values: values)
    }

    static func saveSettings(_ db: Database, _ values: [String: String]) throws {
        try db.execute(sql: "DELETE FROM setting")
        for (key, value) in values {
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }
}
