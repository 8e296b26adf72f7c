// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Gazette",
    products: [
        .library(name: "Gazette", targets: ["Gazette"]),
        .executable(name: "gazette", targets: ["GazetteCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // ICU behind a C layer: its headers stay in the .c file.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // Text -> normalized view -> tokens and sentences.
        .target(name: "GazetteText", dependencies: ["CICU"]),
        // Candidates, spans, the recognizer protocol and overlap resolution.
        .target(name: "GazetteCore", dependencies: ["GazetteText"]),
        // A small, order-preserving JSON reader and writer.
        .target(name: "GazetteJSON"),
        // Documents in and annotated JSONL out.
        .target(name: "GazetteDocuments", dependencies: ["GazetteCore", "GazetteJSON"]),
        // The library users depend on: configuration, annotation, the streaming pipeline.
        .target(name: "Gazette", dependencies: ["GazetteCore", "GazetteDocuments", "GazetteJSON", "GazetteText", "GazetteNames"]),
        // The command-line tool, a thin layer over the library.
        .executableTarget(
            name: "GazetteCLI",
            dependencies: ["Gazette", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "GazetteTestSupport", dependencies: ["Gazette"], path: "Tests/GazetteTestSupport"),
        .testTarget(name: "GazetteTextTests", dependencies: ["GazetteText", "GazetteTestSupport"]),
        .testTarget(name: "GazetteCoreTests", dependencies: ["GazetteCore", "GazetteTestSupport"]),
        .testTarget(name: "GazetteJSONTests", dependencies: ["GazetteJSON"]),
        .testTarget(name: "GazetteDocumentsTests", dependencies: ["GazetteDocuments", "GazetteTestSupport"]),
        .testTarget(name: "GazetteCLITests", dependencies: ["GazetteTestSupport"]),
        // Names: gazetteers (Gazetteers/), patterns and document context for PERSON, ORG, PROGRAMME, GPE, LOC.
        .target(name: "GazetteNames", dependencies: ["GazetteCore", "GazetteText", "CICU"]),
        .testTarget(name: "GazetteNamesTests", dependencies: ["GazetteNames", "Gazette", "GazetteTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
