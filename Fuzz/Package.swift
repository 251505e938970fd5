// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Briefing's readers: one executable per reader, each exporting LLVMFuzzerTestOneInput.
// SwiftPM links an executable's `main` to `<module>_main`, so each target defines that and starts libFuzzer's driver.
// Kept out of the main package so that `make test` never builds them; see Fuzz/README.md for how to run them.
//
//     swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
let package = Package(
    name: "BriefingFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Briefing", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, declared for Swift.
        .target(name: "CFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzer", .product(name: "ContentLoading", package: "Briefing")]
        ),
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzBrief", dependencies: ["FuzzSupport"]),
    ]
)
