// swift-tools-version: 6.1
import PackageDescription

/// Strict settings shared by every target.
let strictSettings: [SwiftSetting] = [
    // SE-0335: spell out `any` for existential types.
    .enableUpcomingFeature("ExistentialAny"),
    // SE-0444: a file sees only the members of modules it imports itself.
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        // For the fuzz targets in Fuzz/, a separate package that reaches the readers only through a product.
        .library(name: "ContentLoading", targets: ["ContentLoading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Targets in pipeline order: each imports only targets above it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "BriefingCore", swiftSettings: strictSettings),
        .target(
            name: "ContentLoading",
            dependencies: ["BriefingCore", "CLibXML2", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .target(name: "Analysis", dependencies: ["BriefingCore"], swiftSettings: strictSettings),
        .target(name: "BriefWriting", dependencies: ["BriefingCore"], swiftSettings: strictSettings),
        .target(
            name: "MarkdownRendering",
            dependencies: ["BriefingCore", "CCmark"],
            swiftSettings: strictSettings
        ),
        .target(name: "SiteModel", dependencies: ["BriefingCore"], swiftSettings: strictSettings),
        .target(
            name: "Templating",
            dependencies: ["BriefingCore", "MarkdownRendering", "SiteModel"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SiteBuilding",
            dependencies: ["BriefingCore", "ContentLoading", "Analysis", "BriefWriting", "MarkdownRendering", "SiteModel", "Templating"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SiteCreation",
            dependencies: ["BriefingCore"],
            exclude: ["StarterContent"],
            swiftSettings: strictSettings
        ),
        .target(name: "SiteChecking", dependencies: ["BriefingCore", "CLibXML2"], swiftSettings: strictSettings),
        .target(name: "SitePublishing", dependencies: ["BriefingCore", "SiteChecking"], swiftSettings: strictSettings),
        // The preview server: its own target, so the core and its tests never wait for Hummingbird's build.
        .target(
            name: "Preview",
            dependencies: [
                "BriefingCore", "SiteBuilding",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingCore", "ContentLoading", "Analysis", "BriefWriting", "SiteBuilding", "SiteChecking", "SiteCreation", "SitePublishing", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "AnalysisBenchmark",
            dependencies: ["Analysis", "ContentLoading"],
            path: "Benchmarks/AnalysisBenchmark",
            swiftSettings: strictSettings
        ),
        .target(name: "BriefingTestSupport", dependencies: ["BriefingCore", "SiteChecking"], swiftSettings: strictSettings),

        .testTarget(
            name: "BriefingCoreTests",
            dependencies: ["BriefingCore", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ContentLoadingTests",
            dependencies: ["ContentLoading", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["Analysis", "ContentLoading", "BriefingTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BriefWritingTests",
            dependencies: ["BriefWriting", "Analysis", "ContentLoading", "BriefingTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MarkdownRenderingTests",
            dependencies: ["MarkdownRendering", "BriefingTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SiteModelTests",
            dependencies: ["SiteModel", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TemplatingTests",
            dependencies: ["Templating", "SiteModel", "MarkdownRendering", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SiteBuildingTests",
            dependencies: ["SiteBuilding", "SiteModel", "ContentLoading", "Analysis", "BriefWriting", "MarkdownRendering", "BriefingTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SiteCheckingTests",
            dependencies: ["SiteChecking", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SiteCreationTests",
            dependencies: ["SiteCreation", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SitePublishingTests",
            dependencies: ["SitePublishing", "SiteChecking", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PreviewTests",
            dependencies: ["Preview", "SiteBuilding", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BriefingCLITests",
            dependencies: ["briefing", "ContentLoading", "BriefingTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
