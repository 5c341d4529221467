// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The executables' settings: release code asks for generic types' metadata directly rather than
/// by mangled name, since each first look-up by name scans every protocol conformance in the
/// binary. An unsafe flag, so it stays off the libraries, which other packages may depend on;
/// `scripts/build-release` passes it to every module, the dependencies' too.
let executableSwiftSettings =
    swiftSettings + [
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
    ]

let package = Package(
    name: "Followup",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "FollowUpCore", targets: ["FollowUpCore"]),
        .library(name: "FollowUpApp", targets: ["FollowUpApp"]),
        .library(name: "FollowUpStore", targets: ["FollowUpStore"]),
        .library(name: "FollowUpWeb", targets: ["FollowUpWeb"]),
        .library(name: "FollowUpMail", targets: ["FollowUpMail"]),
        .executable(name: "followup", targets: ["FollowUpCLI"]),
        .executable(name: "followup-bench", targets: ["FollowUpBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The configuration-file trait is left off: the web app takes its settings as values.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // MARK: core
        .target(name: "FollowUpCore", swiftSettings: swiftSettings),

        // MARK: mail and calendar formats: bytes in, values out
        .target(name: "FollowUpMail", dependencies: ["FollowUpCore"], swiftSettings: swiftSettings),

        // MARK: use cases: what every surface calls, over any store
        .target(name: "FollowUpApp", dependencies: ["FollowUpCore", "FollowUpMail"], swiftSettings: swiftSettings),

        // MARK: adapters
        .target(
            name: "FollowUpStore",
            dependencies: [
                "FollowUpCore",
                "FollowUpApp",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for the change watcher's one prepared statement.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),

        .target(
            name: "FollowUpWeb",
            dependencies: [
                "FollowUpCore",
                "FollowUpApp",
                "FollowUpStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: apps
        .executableTarget(
            name: "FollowUpCLI",
            dependencies: [
                "FollowUpCore",
                "FollowUpApp",
                "FollowUpStore",
                "FollowUpMail",
                "FollowUpWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: executableSwiftSettings,
            // On Linux a release `followup` is one static file: no dynamic loader, no shared
            // libraries to find, map and bind, so a quick command starts with its own code
            // (docs/performance.md). Linking it with `-static-executable` here, rather than building
            // with `--static-swift-stdlib`, needs Foundation's own libraries named. lld, which ships
            // with the toolchain, links it: gold printed glibc's note, for each user or host look-up
            // linked in, that a static program loads glibc's own modules for it at run time, and a
            // program built where it runs finds them.
            linkerSettings: [
                .unsafeFlags(["-static-executable", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))
            ]
                + ["CoreFoundation", "_FoundationCShims", "_FoundationCollections", "_FoundationICU"].map {
                    .linkedLibrary($0, .when(platforms: [.linux], configuration: .release))
                }
        ),
        .executableTarget(
            name: "FollowUpBench",
            dependencies: ["FollowUpCore", "FollowUpApp", "FollowUpStore", "FollowUpMail"],
            path: "Benchmarks/FollowUpBench",
            swiftSettings: executableSwiftSettings
        ),

        // MARK: tests
        .testTarget(name: "FollowUpCoreTests", dependencies: ["FollowUpCore"], swiftSettings: swiftSettings),
        .testTarget(name: "FollowUpAppTests", dependencies: ["FollowUpCore", "FollowUpApp", "FollowUpMail"], swiftSettings: swiftSettings),
        .testTarget(
            name: "FollowUpStoreTests",
            dependencies: ["FollowUpCore", "FollowUpApp", "FollowUpStore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FollowUpWebTests",
            dependencies: [
                "FollowUpCore", "FollowUpApp", "FollowUpStore", "FollowUpWeb",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FollowUpMailTests",
            dependencies: ["FollowUpCore", "FollowUpMail"],
            exclude: ["Oracle"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FollowUpCLITests",
            dependencies: ["FollowUpCLI", "FollowUpMail", .product(name: "GRDB", package: "GRDB.swift")],
            // Read by path (`#filePath`), so the transcript can be rewritten in place.
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
    ]
)
