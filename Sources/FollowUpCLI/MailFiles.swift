import FollowUpApp
import FollowUpCore
import FollowUpMail
import Foundation

/// The mail under the paths `mail scan` is given, read where it lies: Maildir folders (what
/// mbsync and offlineimap write; `cur` and `new`, never `tmp`), mbox files and `.eml` files.
/// Folders are walked for all three. Nothing is copied or kept.
enum MailFiles {
    /// Each message's source (a file, or an mbox and its position) and bytes.
    typealias Raw = (source: String, bytes: [UInt8])

    static func read(_ paths: [String]) throws -> [ScannedMail] {
        let files = FileManager.default
        for path in paths where !files.fileExists(atPath: path) {
            throw CLIFailure.usage("cannot read \(path): give a Maildir folder, an mbox file or .eml files")
        }
        var raw: [Raw] = []
        for path in paths { try collect(path, into: &raw) }
        // Reading headers is most of a scan, and each message is read alone: every core helps.
        return raw.concurrentMap(ways: ProcessInfo.processInfo.activeProcessorCount, minimumChunk: 256) { item in
            ScannedMail(source: item.source, message: Result { () throws(MailError) in try MailMessage(bytes: item.bytes) })
        }
    }

    private static func collect(_ path: String, into raw: inout [Raw]) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue {
            let name = (path as NSString).lastPathComponent
            guard name != "tmp" else { return }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted() ?? []
            let inMaildir = name == "cur" || name == "new"
            for entry in entries where !entry.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(entry)
                if inMaildir {
                    raw.append((child, [UInt8](FileManager.default.contents(atPath: child) ?? Data())))
                } else {
                    try collect(child, into: &raw)
                }
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure.usage("cannot read \(path): check that it is readable")
        }
        if data.starts(with: Array("From ".utf8)) {
            for (index, bytes) in Mbox.messages(in: [UInt8](data)).enumerated() { raw.append(("\(path)#\(index + 1)", bytes)) }
        } else if path.lowercased().hasSuffix(".eml") || (path as NSString).deletingLastPathComponent.hasSuffix("/cur")
            || (path as NSString).deletingLastPathComponent.hasSuffix("/new")
        {
            raw.append((path, [UInt8](data)))
        }
        // Any other file in a walked folder (an index, a note) is not mail and is passed over.
    }
}
