import FollowUpApp
import FollowUpMail
import Foundation

/// The mail under the paths `mail scan` is given, read where it lies: Maildir folders (what
/// mbsync and offlineimap write; `cur` and `new`, never `tmp`), mbox files and `.eml` files.
/// Folders are walked for all three. Nothing is copied or kept.
enum MailFiles {
    static func read(_ paths: [String]) throws -> [ScannedMail] {
        let files = FileManager.default
        for path in paths where !files.fileExists(atPath: path) {
            throw CLIFailure.usage("cannot read \(path): give a Maildir folder, an mbox file or .eml files")
        }
        var mails: [ScannedMail] = []
        for path in paths { try collect(path, into: &mails) }
        return mails
    }

    private static func collect(_ path: String, into mails: inout [ScannedMail]) throws {
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
                    mails.append(message(at: child))
                } else {
                    try collect(child, into: &mails)
                }
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure.usage("cannot read \(path): check that it is readable")
        }
        if data.starts(with: Array("From ".utf8)) {
            for (index, bytes) in Mbox.messages(in: [UInt8](data)).enumerated() {
                mails.append(ScannedMail(source: "\(path)#\(index + 1)", message: Result { () throws(MailError) in try MailMessage(bytes: bytes) }))
            }
        } else if path.lowercased().hasSuffix(".eml") || (path as NSString).deletingLastPathComponent.hasSuffix("/cur")
            || (path as NSString).deletingLastPathComponent.hasSuffix("/new")
        {
            mails.append(ScannedMail(source: path, message: Result { () throws(MailError) in try MailMessage(bytes: data) }))
        }
        // Any other file in a walked folder (an index, a note) is not mail and is passed over.
    }

    private static func message(at path: String) -> ScannedMail {
        let data = FileManager.default.contents(atPath: path) ?? Data()
        return ScannedMail(source: path, message: Result { () throws(MailError) in try MailMessage(bytes: data) })
    }
}
