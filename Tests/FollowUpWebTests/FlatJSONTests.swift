import Foundation
import Testing

@testable import FollowUpWeb

@Suite("Request bodies")
struct FlatJSONTests {
    func parse(_ text: String) -> [(key: String, value: FlatJSON.Value)]? {
        Array(text.utf8).withUnsafeBytes { FlatJSON.parse($0) }
    }

    @Test(
        "objects of strings, numbers, booleans and null read as Foundation reads them",
        arguments: [
            #"{}"#, #" { } "#, #"{"text": "Hi", "kind": "check-in"}"#, "{\n\t\"a\" :\r\n\"b\"\n}",
            #"{"s": "quote \" slash \/ back \\ tab \t nl \n cr \r bs \b ff \f"}"#,
            #"{"u": "\u00e9t\u00C9 \u20AC \ud83d\ude00 caf\u00e9"}"#, #"{"raw": "não — já 🙂"}"#,
            #"{"n": 0, "m": -12, "f": 3.25, "e": 1e5, "E": -2.5E-3}"#, #"{"t": true, "f": false, "z": null}"#,
            #"{"nul": "a\u0000b"}"#, #"{"empty": ""}"#, #"{"dup": "first", "dup": "second"}"#,
        ])
    func valid(body: String) throws {
        let members = try #require(parse(body))
        let foundation = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        var ours: [String: FlatJSON.Value] = [:]
        for (key, value) in members { ours[key] = value }
        #expect(Set(ours.keys) == Set(foundation.keys))
        for (key, value) in ours {
            switch value {
            case .string(let text): #expect(foundation[key] as? String == text)
            case .flag(let flag): #expect((foundation[key] as? NSNumber)?.boolValue == flag)
            case .number(let text): #expect((foundation[key] as? NSNumber)?.doubleValue == Double(text))
            case .null: #expect(foundation[key] is NSNull)
            }
        }
        if body.contains("dup") { #expect(ours["dup"] == .string("second")) }
    }

    @Test(
        "anything else is refused (RFC 8259: Foundation also takes a trailing comma; this does not)",
        arguments: [
            "", " ", "[]", #"["a"]"#, #""text""#, "42", "null", #"{"a": {"b": 1}}"#, #"{"a": [1]}"#, #"{"a" "b"}"#, #"{"a": "b",}"#,
            #"{"a": "b"} x"#, #"{"a": "b"}{}"#, #"{a: "b"}"#, #"{'a': 'b'}"#, "{\"a\": \"line\nbreak\"}", #"{"a": "\x"}"#,
            #"{"a": "\u12"}"#, #"{"a": "\ud83d"}"#, #"{"a": "\ude00"}"#, #"{"a": "\ud83d\u0041"}"#, #"{"a": 01}"#, #"{"a": 1.}"#,
            #"{"a": .5}"#, #"{"a": +1}"#, #"{"a": 1e}"#, #"{"a": tru}"#, #"{"a": nul}"#, #"{"a": "b""#, #"{"a": "b"#, "{",
        ])
    func invalid(body: String) {
        #expect(parse(body) == nil)
    }

    @Test("bytes that are not UTF-8 are refused")
    func notUTF8() {
        let body: [UInt8] = Array(#"{"text": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(body.withUnsafeBytes { FlatJSON.parse($0) } == nil)
    }
}
