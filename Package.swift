// swift-tools-version: 6.0
import PackageDescription

// The targets follow the data: text -> tokens -> recognizers -> resolution -> output,
// with evaluation and the HTML view beside them and the command line on top.
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
        // Temporal expressions (TIMEX3): dates, times, durations and sets, normalized against the dct.
        .target(name: "GazetteDates", dependencies: ["GazetteCore", "GazetteText", "CICU"], exclude: ["README.md"]),
        // Names: gazetteers (Gazetteers/), patterns and document context for PERSON, ORG, PROGRAMME, GPE, LOC.
        .target(name: "GazetteNames", dependencies: ["GazetteCore", "GazetteText", "CICU"]),
        // Documents in and annotated JSONL out.
        .target(name: "GazetteDocuments", dependencies: ["GazetteCore", "GazetteJSON"]),
        // Annotated corpora in and out: FORMAT.md JSONL, doccano, brat, CoNLL, TimeML.
        .target(name: "GazetteFormats", dependencies: ["GazetteCore", "GazetteJSON", "GazetteText"],
                exclude: ["README.md"]),
        // Annotated documents as one self-contained HTML page.
        .target(name: "GazetteHTML", dependencies: ["GazetteCore", "GazetteDocuments", "GazetteJSON"]),
        // The library users depend on: configuration, annotation, the streaming pipeline.
        .target(
            name: "Gazette",
            dependencies: [
                "GazetteCore", "GazetteDates", "GazetteDocuments", "GazetteFormats", "GazetteHTML", "GazetteJSON", "GazetteNames",
                "GazetteText",
            ]
        ),
        // Evaluation against gold: nervaluate schemes, TempEval-3 timex scores, text, JSON and HTML reports.
        .target(
            name: "GazetteEval",
            dependencies: ["GazetteDocuments", "GazetteFormats", "GazetteHTML", "GazetteJSON"],
            exclude: ["README.md"]
        ),
        // The command-line tool, a thin layer over the library.
        .executableTarget(
            name: "GazetteCLI",
            dependencies: [
                "Gazette", "GazetteEval", "GazetteFormats", "GazetteHTML", "GazetteNames",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz target: libFuzzer entry point with -DFUZZING (tools/fuzz), replay tool otherwise.
        .executableTarget(name: "GazetteFuzz", dependencies: ["Gazette", "GazetteDocuments", "GazetteJSON"]),

        .target(name: "GazetteTestSupport", dependencies: ["Gazette"], path: "Tests/GazetteTestSupport"),
        .testTarget(name: "GazetteTextTests", dependencies: ["GazetteText", "GazetteTestSupport"]),
        .testTarget(name: "GazetteCoreTests", dependencies: ["GazetteCore", "GazetteTestSupport"]),
        .testTarget(name: "GazetteJSONTests", dependencies: ["GazetteJSON"]),
        .testTarget(name: "GazetteDocumentsTests", dependencies: ["GazetteDocuments", "GazetteTestSupport"]),
        .testTarget(name: "GazetteHTMLTests", dependencies: ["GazetteHTML", "GazetteTestSupport"]),
        .testTarget(name: "GazetteEvalTests", dependencies: ["GazetteEval", "GazetteFormats", "GazetteTestSupport"]),
        .testTarget(name: "GazetteFormatsTests", dependencies: ["GazetteFormats", "GazetteTestSupport"]),
        .testTarget(name: "GazetteDatesTests", dependencies: ["GazetteDates", "GazetteTestSupport"]),
        .testTarget(name: "GazetteNamesTests", dependencies: ["GazetteNames", "Gazette", "GazetteTestSupport"]),
        .testTarget(name: "GazetteTests", dependencies: ["Gazette", "GazetteTestSupport"]),
        .testTarget(
            name: "GazetteCLITests",
            dependencies: [
                "Gazette", "GazetteCore", "GazetteDocuments", "GazetteFormats", "GazetteText", "GazetteTestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
